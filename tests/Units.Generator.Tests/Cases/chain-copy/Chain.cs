namespace Demo;

partial struct Source<TSelf>
{
    private static int s_reads;

    public static int Get() => 20 + ++s_reads;
}

partial struct Doubler<TSelf, TInner>
{
    public static int Get() => 2 * TInner.Get();
}
