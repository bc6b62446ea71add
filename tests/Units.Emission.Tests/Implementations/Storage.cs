using System.Collections.Generic;

namespace Emission;

partial struct MemoryLog<TSelf>
{
    private static List<string>? s_lines;

    public static IReadOnlyList<string> Lines => s_lines ?? new List<string>();

    public static void Write(string message) => (s_lines ?? throw new System.InvalidOperationException("the log is not open")).Add(message);

    public static int Count() => s_lines?.Count ?? 0;

    private static void Open() => s_lines = new List<string> { "opened" };

    private static void Close() => s_lines!.Add("closed");
}

partial struct MemoryStore<TSelf>
{
    private static readonly Dictionary<string, string> s_values = new();

    public static void Put(string key, string value) => s_values[key] = value;

    public static string? Get(string key) => s_values.TryGetValue(key, out var value) ? value : null;
}

partial struct LoggingStore<TSelf, TInner, TLog>
{
    public static void Put(string key, string value)
    {
        TLog.Write($"put {key}");
        TInner.Put(key, value);
    }

    public static string? Get(string key) => TInner.Get(key);
}
