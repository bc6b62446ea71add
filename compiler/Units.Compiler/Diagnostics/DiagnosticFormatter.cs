using System.Text;
using Units.Compiler.Text;

namespace Units.Compiler.Diagnostics;

/// <summary>Turns diagnostics into the text forms the front ends print.</summary>
public static class DiagnosticFormatter
{
    /// <summary>
    /// MSBuild's canonical error format, which IDEs and CI logs turn into clickable errors:
    /// <c>path(line,col,endline,endcol): error UNIT0123: message</c>.
    /// </summary>
    public static string FormatCanonical(Diagnostic diagnostic) =>
        $"{FormatOrigin(diagnostic.Location)}: {SeverityWord(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";

    /// <summary>The canonical line followed by one indented line per note.</summary>
    public static string FormatWithNotes(Diagnostic diagnostic)
    {
        var builder = new StringBuilder(FormatCanonical(diagnostic));
        foreach (var note in diagnostic.Notes)
        {
            builder.Append('\n').Append("    ").Append(FormatNote(note));
        }
        return builder.ToString();
    }

    /// <summary>
    /// The message with each note after it in brackets, on one line: what a front end without a
    /// place for notes shows (a build prints only the first line of a compiler message).
    /// </summary>
    public static string MessageWithNotes(Diagnostic diagnostic)
    {
        var builder = new StringBuilder(diagnostic.Message);
        foreach (var note in diagnostic.Notes) builder.Append(" [").Append(FormatNote(note)).Append(']');
        return builder.ToString();
    }

    public static string FormatNote(DiagnosticNote note) =>
        note.Location.IsNone ? $"note: {note.Message}" : $"{FormatOrigin(note.Location)}: note: {note.Message}";

    public static string FormatOrigin(SourceLocation location) =>
        location.IsNone
            ? "units"
            : $"{location.Path}({location.Start.Line},{location.Start.Column},{location.End.Line},{location.End.Column})";

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>"2 errors, 1 warning" — the tail of every summary line.</summary>
    public static string Summarize(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var errors = list.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = list.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
