namespace Emission;

partial struct FixedClock<TSelf>
{
    public static long Now() => 1000;
}

partial struct TickingClock<TSelf>
{
    private static long s_ticks;

    public static long Now() => ++s_ticks;

    private static void Start() => s_ticks = 500;
}
