namespace Units.Std.Patterns;

/// <summary>The run-time object: an ordinary class, written without any knowledge of units.</summary>
public sealed class Registry
{
    private static int s_created;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Registry() => Generation = Interlocked.Increment(ref s_created);

    /// <summary>How many registries had been created when this one was (tells instances apart).</summary>
    public int Generation { get; }

    public void Set(string key, string value) => _values[key] = value;

    public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;
}

partial struct RegistryInstance<TSelf>
{
    private static Registry? s_instance;

    private static Registry Instance => s_instance ?? throw new InvalidOperationException("the registry is used before its composition is initialized");

    public static void Set(string key, string value) => Instance.Set(key, value);

    public static string? Get(string key) => Instance.Get(key);

    public static int Generation() => Instance.Generation;

    private static void Create() => s_instance = new Registry();

    private static void Destroy() => s_instance = null;
}
