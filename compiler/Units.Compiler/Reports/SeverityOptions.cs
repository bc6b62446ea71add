using Units.Compiler.Diagnostics;

namespace Units.Compiler.Reports;

/// <summary>
/// Severity settings the way .NET builds express them — NoWarn, WarningsAsErrors,
/// TreatWarningsAsErrors and `dotnet_diagnostic.UNITnnnn.severity` in .globalconfig files — so the
/// MSBuild task treats unit diagnostics exactly as the compiler treats the generator's.
/// </summary>
public sealed class SeverityOptions
{
    private readonly Dictionary<string, string> _configured = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _noWarn = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warningsAsErrors = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warningsNotAsErrors = new(StringComparer.OrdinalIgnoreCase);

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>A list such as "CS1591;UNIT0358,UNIT0605".</summary>
    public void AddNoWarn(string? list) => Add(_noWarn, list);

    public void AddWarningsAsErrors(string? list) => Add(_warningsAsErrors, list);

    /// <summary>Ids that stay warnings even under TreatWarningsAsErrors.</summary>
    public void AddWarningsNotAsErrors(string? list) => Add(_warningsNotAsErrors, list);

    private static void Add(HashSet<string> set, string? list)
    {
        foreach (var id in (list ?? string.Empty).Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)) set.Add(id.Trim());
    }

    /// <summary>Reads `dotnet_diagnostic.ID.severity = level` lines from a .globalconfig or .editorconfig text.</summary>
    public void AddConfig(string text)
    {
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase)) continue;
            var equals = line.IndexOf('=');
            if (equals < 0) continue;
            var key = line.Substring(0, equals).Trim();
            var value = line.Substring(equals + 1).Split('#', ';')[0].Trim();
            const string suffix = ".severity";
            if (!key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) continue;
            _configured[key.Substring("dotnet_diagnostic.".Length, key.Length - "dotnet_diagnostic.".Length - suffix.Length)] = value.ToLowerInvariant();
        }
    }

    /// <summary>The diagnostic with its effective severity, or null when it is switched off.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity;
        if (_configured.TryGetValue(diagnostic.Id, out var level))
        {
            switch (level)
            {
                case "none":
                case "silent":
                    return null;
                case "suggestion":
                    severity = DiagnosticSeverity.Info;
                    break;
                case "warning":
                    severity = DiagnosticSeverity.Warning;
                    break;
                case "error":
                    severity = DiagnosticSeverity.Error;
                    break;
            }
        }
        if (severity == DiagnosticSeverity.Warning)
        {
            if (_noWarn.Contains(diagnostic.Id)) return null;
            if (_warningsAsErrors.Contains(diagnostic.Id) || (TreatWarningsAsErrors && !_warningsNotAsErrors.Contains(diagnostic.Id))) severity = DiagnosticSeverity.Error;
        }
        return severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity };
    }

    /// <summary>Applies the settings to a list, dropping what is switched off.</summary>
    public IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(Apply).Where(d => d is not null).Select(d => d!).ToList();
}
