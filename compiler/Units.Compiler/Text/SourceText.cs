namespace Units.Compiler.Text;

/// <summary>
/// The content of one <c>.unit</c> file together with the path it is known by.
/// Line starts are computed once so that spans map to lines and columns cheaply.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string path, string content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>The path as the user or the including file spelled it (normalised separators).</summary>
    public string Path { get; }

    public string Content { get; }

    public int Length => Content.Length;

    public char this[int index] => Content[index];

    public string ToString(TextSpan span)
    {
        var start = Math.Max(0, Math.Min(span.Start, Content.Length));
        var end = Math.Max(start, Math.Min(span.End, Content.Length));
        return Content.Substring(start, end - start);
    }

    /// <summary>The one-based line and column of a position (columns count UTF-16 characters).</summary>
    public LinePosition GetLinePosition(int position)
    {
        var starts = LineStarts;
        position = Math.Max(0, Math.Min(position, Content.Length));
        var line = Array.BinarySearch(starts, position);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line + 1, position - starts[line] + 1);
    }

    public SourceLocation GetLocation(TextSpan span) =>
        new(Path, span, GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The text of a one-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return string.Empty;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Content.Length;
        while (end > start && (Content[end - 1] == '\n' || Content[end - 1] == '\r')) end--;
        return Content.Substring(start, end - start);
    }

    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Content);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
