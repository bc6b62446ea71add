namespace Units.Compiler.Loading;

/// <summary>
/// Values for <c>${NAME}</c> in strings: <c>-D</c> definitions (or MSBuild properties) first,
/// then an optional fallback such as the process environment. (The core never reads the
/// environment itself: inside the generator that would make builds depend on the machine.)
/// </summary>
public sealed class Variables
{
    private readonly IReadOnlyDictionary<string, string> _definitions;
    private readonly Func<string, string?>? _fallback;

    public Variables(IReadOnlyDictionary<string, string> definitions, Func<string, string?>? fallback = null)
    {
        _definitions = definitions;
        _fallback = fallback;
    }

    public static Variables None { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Definitions => _definitions;

    public bool TryGet(string name, out string value)
    {
        if (_definitions.TryGetValue(name, out var defined))
        {
            value = defined;
            return true;
        }
        var fallback = _fallback?.Invoke(name);
        value = fallback ?? string.Empty;
        return fallback is not null;
    }
}
