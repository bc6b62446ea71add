namespace Units.Std.Patterns;

partial struct Thermometer<TSelf, TListener>
{
    private static double? s_last;

    /// <summary>Notifies only changes, as "temperature" with the new value.</summary>
    public static void Measure(double celsius)
    {
        if (s_last == celsius) return;
        s_last = celsius;
        TListener.Notify("temperature", celsius);
    }

    private static void Reset() => s_last = null;
}
