namespace Demo;

file static class Start { public const int Value = 100; }

partial struct counter<TSelf>
{
    static int s_n = Start.Value;

    public static int Next() => ++s_n;
}
