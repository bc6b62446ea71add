using System.Text;
using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Cli.Output;

/// <summary>
/// Diagnostics for people: the message, the place, the source line with a caret under the span,
/// and each note the same way. Colour when the terminal supports it.
/// </summary>
internal sealed class TextRenderer
{
    private const int MaxShownLine = 160;
    private readonly IReadOnlyDictionary<string, SourceText> _sources;
    private readonly bool _color;

    public TextRenderer(IEnumerable<SourceText> sources, bool color)
    {
        _sources = sources.GroupBy(s => s.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _color = color;
    }

    public string Render(Diagnostic diagnostic)
    {
        var text = new StringBuilder();
        var (word, code) = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ("error", "1;31"),
            DiagnosticSeverity.Warning => ("warning", "1;33"),
            _ => ("info", "1;36"),
        };
        text.Append(Paint(code, $"{word}[{diagnostic.Id}]")).Append(Paint("1", ": " + diagnostic.Message)).Append('\n');
        Snippet(text, diagnostic.Location, code);
        foreach (var note in diagnostic.Notes)
        {
            text.Append("  ").Append(Paint("1;36", "note")).Append(": ").Append(note.Message).Append('\n');
            Snippet(text, note.Location, "1;36");
        }
        return text.ToString();
    }

    private void Snippet(StringBuilder text, SourceLocation location, string color)
    {
        if (location.IsNone) return;
        text.Append("   ").Append(Paint("1;34", "-->")).Append(' ').Append($"{location.Path}:{location.Start.Line}:{location.Start.Column}").Append('\n');
        if (!_sources.TryGetValue(location.Path, out var source) || location.Start.Line > source.LineCount) return;
        var (raw, skipped) = LineAround(source, location);
        var line = raw.Replace("\t", "    ");
        var start = Expanded(raw, location.Start.Column - 1 - skipped);
        var end = location.End.Line == location.Start.Line ? Expanded(raw, location.End.Column - 1 - skipped) : line.Length;
        var offset = 0;
        if (line.Length > MaxShownLine || skipped > 0)
        {
            // Long lines are shown around the span.
            offset = Math.Max(0, Math.Min(start - 40, line.Length - MaxShownLine));
            var cut = offset > 0 || skipped > 0;
            line = (cut ? "…" : "") + line.Substring(offset, Math.Min(MaxShownLine, line.Length - offset)) + (offset + MaxShownLine < line.Length ? "…" : "");
            start = start - offset + (cut ? 1 : 0);
            end = Math.Min(end - offset + (cut ? 1 : 0), line.Length);
        }
        var number = location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        text.Append(' ').Append(gutter).Append(Paint("1;34", " |")).Append('\n');
        text.Append(' ').Append(Paint("1;34", number + " |")).Append(' ').Append(line).Append('\n');
        var carets = new string('^', Math.Max(1, Math.Min(end, line.Length + 1) - start));
        text.Append(' ').Append(gutter).Append(Paint("1;34", " |")).Append(' ').Append(new string(' ', Math.Max(0, start))).Append(Paint(color, carets)).Append('\n');
    }

    /// <summary>
    /// The diagnostic's line, and how many of its characters were left out before it: a line of
    /// thousands of characters is cut to a window around the span first, so that showing many
    /// diagnostics on one long line costs the window each, not the line.
    /// </summary>
    private static (string Text, int Skipped) LineAround(SourceText source, SourceLocation location)
    {
        var content = source.Content;
        var lineStart = location.Span.Start - (location.Start.Column - 1);
        if (lineStart < 0 || lineStart > content.Length || LineLength(content, lineStart, LongLine + 1) <= LongLine)
            return (source.GetLineText(location.Start.Line), 0);
        var from = Math.Max(lineStart, location.Span.Start - 40);
        return (content.Substring(from, LineLength(content, from, 2 * MaxShownLine)), from - lineStart);
    }

    private const int LongLine = 4 * MaxShownLine;

    private static int LineLength(string content, int start, int cap)
    {
        var end = start;
        while (end < content.Length && end - start < cap && content[end] is not ('\n' or '\r')) end++;
        return end - start;
    }

    /// <summary>A column in the line once tabs are four spaces.</summary>
    private static int Expanded(string line, int column)
    {
        var result = 0;
        for (var i = 0; i < Math.Min(column, line.Length); i++) result += line[i] == '\t' ? 4 : 1;
        return result + Math.Max(0, column - line.Length);
    }

    private string Paint(string code, string text) => _color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
