namespace Units.Compiler.Diagnostics;

/// <summary>Puts diagnostics in reading order (file load order, then position) and drops exact repeats.</summary>
public static class DiagnosticOrder
{
    public static EquatableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics, IEnumerable<string> fileOrder)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in fileOrder)
        {
            if (!rank.ContainsKey(path)) rank[path] = rank.Count;
        }
        return diagnostics
            .Distinct()
            .OrderBy(d => d.Location.IsNone ? -1 : rank.TryGetValue(d.Location.Path, out var r) ? r : int.MaxValue)
            .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
