using Units.Compiler.Diagnostics;

namespace Units.Cli.Output;

/// <summary>Prints diagnostics for terminals and CI logs.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>One canonical line per diagnostic, each note indented below it.</summary>
    public static void PrintCanonical(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(DiagnosticFormatter.FormatWithNotes(diagnostic));
    }
}
