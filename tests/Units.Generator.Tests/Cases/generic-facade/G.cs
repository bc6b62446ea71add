namespace Demo;

partial struct stamp<TSelf, TClock>
{
    public static string Stamp(string text) => TClock.Now() + ":" + text;
}
