namespace Units.Benchmarks.ChainLibrary;

/// <summary>The implementation of unit lib_stage (the same code as the in-project stage): state is per instance (each instance is its own struct).</summary>
partial struct Stage<TSelf, TNext>
{
    private static int s_calls;
    private static long s_sum;

    public static int Process(int x)
    {
        s_calls++;
        s_sum += x;
        return TNext.Process(x * 3 + s_calls);
    }
}

/// <summary>The implementation of unit lib_tail.</summary>
partial struct Tail<TSelf>
{
    private static long s_sum;

    public static int Process(int x)
    {
        s_sum += x;
        return x;
    }
}
