using Units.Compiler;
using Units.Compiler.Diagnostics;
using Units.Compiler.Reports;

namespace Units.Cli.Output;

/// <summary>The output formats of `units check`.</summary>
internal enum OutputFormat
{
    Text,
    MSBuild,
    Sarif,
    Json,
}

/// <summary>Prints diagnostics for terminals, CI logs and tools.</summary>
internal static class DiagnosticPrinter
{
    public static string Version => typeof(DiagnosticPrinter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static bool TryParseFormat(string? value, bool outputRedirected, out OutputFormat format)
    {
        format = value switch
        {
            null => outputRedirected ? OutputFormat.MSBuild : OutputFormat.Text,
            "text" => OutputFormat.Text,
            "msbuild" => OutputFormat.MSBuild,
            "sarif" => OutputFormat.Sarif,
            "json" => OutputFormat.Json,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(typeof(OutputFormat), format);
    }

    /// <summary>One canonical line per diagnostic, each note indented below it.</summary>
    public static void PrintCanonical(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(DiagnosticFormatter.FormatWithNotes(diagnostic));
    }

    public static string Format(OutputFormat format, IReadOnlyList<Diagnostic> diagnostics, UnitCompilation compilation, bool color)
    {
        switch (format)
        {
            case OutputFormat.Sarif:
                return SarifReport.Write(diagnostics, Version);
            case OutputFormat.Json:
                return JsonReport.Write(diagnostics);
            case OutputFormat.Text:
                var renderer = new TextRenderer(compilation.Sources.Trees.Select(t => t.Text), color);
                return string.Concat(diagnostics.Select(d => renderer.Render(d) + "\n"));
            default:
                return string.Concat(diagnostics.Select(d => DiagnosticFormatter.FormatWithNotes(d) + "\n"));
        }
    }
}
