namespace Demo;

partial struct image<TSelf>
{
    public static void Touch() { }

    static void Close() { }
}

partial struct log<TSelf>
{
    public static void Write(string s) { }

    static void Start() { }

    static void Stop() { }
}

partial struct fs<TSelf, TLog, TImage>
{
    public static void Open() => TLog.Write("open");

    static void Mount() => TLog.Write("mount");

    static void Unmount() => TLog.Write("unmount");
}
