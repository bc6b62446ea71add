using System.Collections.Concurrent;

namespace Units.Std;

partial struct SystemConsole<TSelf>
{
    public static void Write(string text) => System.Console.Out.Write(text);
}

partial struct MemoryConsole<TSelf>
{
    private static readonly object s_gate = new();
    private static readonly List<string> s_lines = new();
    private static string s_partial = string.Empty;

    public static void Write(string text)
    {
        lock (s_gate)
        {
            var parts = (s_partial + text).Split('\n');
            s_lines.AddRange(parts.Take(parts.Length - 1));
            s_partial = parts[^1];
        }
    }

    /// <summary>Complete lines, then the unfinished one if any.</summary>
    public static string[] Lines()
    {
        lock (s_gate) return s_partial.Length == 0 ? s_lines.ToArray() : [.. s_lines, s_partial];
    }

    public static void Clear()
    {
        lock (s_gate)
        {
            s_lines.Clear();
            s_partial = string.Empty;
        }
    }
}

partial struct ConsoleLog<TSelf, TConsole, TClock>
{
    public static void Log(string message)
    {
        var at = TimeSpan.FromTicks(TClock.Now());
        TConsole.Write($"[{at.TotalSeconds,10:F6}] {message}\n");
    }
}

partial struct MemoryLog<TSelf>
{
    /// <summary>How many messages are kept: the oldest go first.</summary>
    public const int Capacity = 1024;

    private static readonly ConcurrentQueue<string> s_messages = new();

    public static void Log(string message)
    {
        s_messages.Enqueue(message);
        while (s_messages.Count > Capacity) s_messages.TryDequeue(out _);
    }

    public static string[] Lines() => s_messages.ToArray();

    public static void Clear() => s_messages.Clear();

    private static void Open() => s_messages.Clear();
}

partial struct NullLog<TSelf>
{
    public static void Log(string message) { }
}

partial struct NullConsole<TSelf>
{
    public static void Write(string text) { }
}
