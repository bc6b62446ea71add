using Units.Compiler.Diagnostics;

namespace Units.Compiler.Reports;

/// <summary>
/// A record of known diagnostics, so rules can be adopted in an existing system: what is in the
/// baseline is not reported; anything new is. An entry is the id, the file and the message (no
/// line numbers, so unrelated edits do not invalidate it); duplicates are counted. Paths go
/// through a mapper (the CLI makes them relative to the baseline file), so the same baseline
/// matches whatever directory the check runs from.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<string, int> _entries;
    private readonly Func<string, string> _mapPath;

    private Baseline(Dictionary<string, int> entries, Func<string, string>? mapPath)
    {
        _entries = entries;
        _mapPath = mapPath ?? (p => p);
    }

    public int Count => _entries.Values.Sum();

    private string Key(Diagnostic diagnostic) =>
        $"{diagnostic.Id}\t{_mapPath(diagnostic.Location.Path).Replace('\\', '/')}\t{diagnostic.Message.Replace('\t', ' ').Replace('\n', ' ')}";

    public static Baseline From(IEnumerable<Diagnostic> diagnostics, Func<string, string>? mapPath = null)
    {
        var empty = new Baseline(new Dictionary<string, int>(StringComparer.Ordinal), mapPath);
        foreach (var key in diagnostics.Select(empty.Key)) empty._entries[key] = empty._entries.TryGetValue(key, out var n) ? n + 1 : 1;
        return empty;
    }

    /// <summary>Reads the text form (comments start with '#'); unreadable lines are ignored.</summary>
    public static Baseline Parse(string text, Func<string, string>? mapPath = null) =>
        new(text.Replace("\r\n", "\n").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal) && l.Count(c => c == '\t') >= 2)
            .GroupBy(l => l, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), mapPath);

    public string Write() =>
        "# Units baseline: known diagnostics that are not reported (id, file, message). Regenerate with --update-baseline.\n" +
        string.Concat(_entries.OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => Enumerable.Repeat(e.Key + "\n", e.Value)));

    /// <summary>The diagnostics the baseline does not account for (each entry absorbs one occurrence).</summary>
    public IReadOnlyList<Diagnostic> New(IEnumerable<Diagnostic> diagnostics)
    {
        var remaining = new Dictionary<string, int>(_entries, StringComparer.Ordinal);
        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var key = Key(diagnostic);
            if (remaining.TryGetValue(key, out var left) && left > 0) remaining[key] = left - 1;
            else result.Add(diagnostic);
        }
        return result;
    }
}
