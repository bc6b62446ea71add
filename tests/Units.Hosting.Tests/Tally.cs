namespace Units.Hosting.Tests;

partial struct Tally<TSelf>
{
    private static int s_value;

    /// <summary>How often a tally was started and stopped, to see the host's lifecycle.</summary>
    public static int Starts, Stops;

    public static int Add(int amount) => Interlocked.Add(ref s_value, amount);

    public static int Value() => Volatile.Read(ref s_value);

    private static void Start()
    {
        s_value = 0;
        Interlocked.Increment(ref Starts);
    }

    private static void Stop() => Interlocked.Increment(ref Stops);
}
