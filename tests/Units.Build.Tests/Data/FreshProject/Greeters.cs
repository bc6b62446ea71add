namespace Hello;

partial struct PlainGreeter<TSelf>
{
    public static string Greet(string name) => "hello, " + name;
}

partial struct Shouting<TSelf, TInner>
{
    private static int s_calls;

    public static string Greet(string name) => TInner.Greet(name).ToUpperInvariant() + new string('!', ++s_calls);
}
