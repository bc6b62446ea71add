namespace Units.Std.Patterns;

partial struct SlowStore<TSelf>
{
    private static readonly Dictionary<string, string> s_items = new(StringComparer.Ordinal);
    private static int s_reads;

    public static string? Get(string key)
    {
        s_reads++;
        return s_items.TryGetValue(key, out var value) ? value : null;
    }

    public static void Put(string key, string value) => s_items[key] = value;

    public static int Reads() => s_reads;

    private static void Reset()
    {
        s_items.Clear();
        s_reads = 0;
    }
}

partial struct CachingProxy<TSelf, TInner>
{
    private static readonly Dictionary<string, string?> s_cache = new(StringComparer.Ordinal);

    public static string? Get(string key)
    {
        if (!s_cache.TryGetValue(key, out var value)) s_cache[key] = value = TInner.Get(key);
        return value;
    }

    public static void Put(string key, string value)
    {
        TInner.Put(key, value);
        s_cache[key] = value;
    }

    public static int Reads() => TInner.Reads();

    private static void Reset() => s_cache.Clear();
}

partial struct ReadOnlyProxy<TSelf, TInner>
{
    public static string? Get(string key) => TInner.Get(key);

    public static void Put(string key, string value) => throw new InvalidOperationException($"the store is read-only here: cannot put '{key}'");

    public static int Reads() => TInner.Reads();
}
