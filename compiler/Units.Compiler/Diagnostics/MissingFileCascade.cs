namespace Units.Compiler.Diagnostics;

/// <summary>
/// When a file cannot be loaded, every name it declares looks undefined wherever it is used.
/// Those "unknown unit/bundletype/flags" errors are consequences of the one missing file, so
/// they are not reported separately: the file's error says how many were held back.
/// </summary>
internal static class MissingFileCascade
{
    private static readonly HashSet<string> s_missingFile = new(StringComparer.Ordinal)
    {
        DiagnosticDescriptors.IncludeNotFound.Id,
        DiagnosticDescriptors.FileUnreadable.Id,
    };

    private static readonly HashSet<string> s_unknownName = new(StringComparer.Ordinal)
    {
        DiagnosticDescriptors.UnknownBundleType.Id,
        DiagnosticDescriptors.UnknownUnit.Id,
        DiagnosticDescriptors.UnknownFlags.Id,
        DiagnosticDescriptors.ExtendsNotBundle.Id,
    };

    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        var missing = diagnostics.Where(d => s_missingFile.Contains(d.Id)).ToList();
        if (missing.Count == 0) return diagnostics;
        var held = diagnostics.Count(d => s_unknownName.Contains(d.Id));
        if (held == 0) return diagnostics;
        var first = missing[0];
        var note = new DiagnosticNote(
            $"{DiagnosticFormatter.Plural(held, "use")} of undefined names not reported: they may be declared in the missing file",
            Text.SourceLocation.None);
        return diagnostics
            .Where(d => !s_unknownName.Contains(d.Id))
            .Select(d => ReferenceEquals(d, first) ? d.WithNotes(new[] { note }) : d)
            .ToList();
    }
}
