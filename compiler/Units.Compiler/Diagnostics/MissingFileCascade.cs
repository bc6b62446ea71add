namespace Units.Compiler.Diagnostics;

/// <summary>
/// When an included file cannot be loaded, the names it declares look undefined where they are
/// used. In the files that include it (directly or through others) those "unknown unit /
/// bundletype / flags" errors are likely its consequences: they are held back and listed in one
/// note on the missing file's error, located at the first of them. Unknown names elsewhere have
/// nothing to do with it and are reported as usual.
/// </summary>
internal static class MissingFileCascade
{
    private static readonly HashSet<string> s_missingFile = new(StringComparer.Ordinal)
    {
        DiagnosticDescriptors.IncludeNotFound.Id,
        DiagnosticDescriptors.FileUnreadable.Id,
        // Undefined variables are errors only in include paths (elsewhere they are kept for a C build).
        DiagnosticDescriptors.UndefinedVariable.Id,
        DiagnosticDescriptors.IncludeOutsideRoots.Id,
        DiagnosticDescriptors.IncludeNotUnitFile.Id,
        DiagnosticDescriptors.UnknownLibrary.Id,
        DiagnosticDescriptors.IncludeOutsideLibrary.Id,
    };

    private static readonly HashSet<string> s_unknownName = new(StringComparer.Ordinal)
    {
        DiagnosticDescriptors.UnknownBundleType.Id,
        DiagnosticDescriptors.UnknownUnit.Id,
        DiagnosticDescriptors.UnknownFlags.Id,
        DiagnosticDescriptors.ExtendsNotBundle.Id,
        DiagnosticDescriptors.UnknownProperty.Id,
        DiagnosticDescriptors.UnknownType.Id,
    };

    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, Loading.SourceSet sources)
    {
        var missing = diagnostics.Where(d => s_missingFile.Contains(d.Id)).ToList();
        if (missing.Count == 0) return diagnostics;
        var held = new Dictionary<Diagnostic, Diagnostic>(); // held → the missing file's error
        var unknown = diagnostics.Where(d => s_unknownName.Contains(d.Id)).ToList();
        // Missing files included from one file explain the same uses, so the first of them takes
        // them all: one pass per including file, not per include (thousands of includes were quadratic).
        // An unreadable file named on the command line explains nothing in particular.
        foreach (var file in missing.Where(d => !d.Location.IsNone).GroupBy(d => d.Location.Path, StringComparer.Ordinal).Select(g => g.First()))
        {
            var explained = sources.IncludersOf(file.Location.Path);
            foreach (var use in unknown.Where(d => !held.ContainsKey(d) && explained.Contains(d.Location.Path)))
            {
                held[use] = file;
            }
        }
        if (held.Count == 0) return diagnostics;
        var notes = held.GroupBy(p => p.Value, p => p.Key)
            .ToDictionary(g => (Diagnostic)g.Key, g => Note(g.ToList()));
        return diagnostics
            .Where(d => !held.ContainsKey(d))
            .Select(d => notes.TryGetValue(d, out var note) ? d.WithNotes(new[] { note }) : d)
            .ToList();
    }

    private static DiagnosticNote Note(List<Diagnostic> uses)
    {
        var names = uses.Select(u => u.Message).Select(m => m.IndexOf('\'') is var a and >= 0 && m.IndexOf('\'', a + 1) is var b and > 0 ? m.Substring(a + 1, b - a - 1) : m)
            .Distinct(StringComparer.Ordinal).ToList();
        var first = uses.OrderBy(u => u.Location.Path, StringComparer.Ordinal).ThenBy(u => u.Location.Span.Start).First();
        return new DiagnosticNote(
            $"{DiagnosticFormatter.Plural(uses.Count, "use")} of undefined names in the files that include it not reported, as they may be declared in the missing file: {Display.List(names)}",
            first.Location);
    }
}
