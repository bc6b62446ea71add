namespace Units.Std;

partial struct SpinBackoff<TSelf>
{
    private const int MaxSpins = 1 << 10;

    public static void Pause(int attempt) => Thread.SpinWait(Math.Min(MaxSpins, 1 << Math.Min(attempt, 10)));
}

partial struct YieldBackoff<TSelf>
{
    public static void Pause(int attempt)
    {
        if (attempt < 8) Thread.SpinWait(1 << attempt);
        else Thread.Yield();
    }
}

partial struct SleepBackoff<TSelf>
{
    public static void Pause(int attempt)
    {
        if (attempt < 4) Thread.SpinWait(1 << attempt);
        else Thread.Sleep(1);
    }
}

partial struct NoBackoff<TSelf>
{
    public static void Pause(int attempt) { }
}
