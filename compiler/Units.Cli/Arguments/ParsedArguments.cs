namespace Units.Cli.Arguments;

/// <summary>The options and positional arguments of one command line.</summary>
internal sealed class ParsedArguments
{
    public List<string> Positionals { get; } = new();

    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    public string? Get(string option) => Options.TryGetValue(option, out var values) ? values[values.Count - 1] : null;

    public IReadOnlyList<string> GetAll(string option) => Options.TryGetValue(option, out var values) ? values : Array.Empty<string>();

    public bool Has(string flag) => Flags.Contains(flag);
}
