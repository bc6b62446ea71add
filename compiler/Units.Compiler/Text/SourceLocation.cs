namespace Units.Compiler.Text;

/// <summary>
/// Where something is: a file path, the character span, and the one-based start and end
/// line/column. A plain value (no reference to the text), so diagnostics and generator
/// models can hold it and still compare by value.
/// </summary>
public sealed record SourceLocation(string Path, TextSpan Span, LinePosition Start, LinePosition End)
{
    /// <summary>A location for problems that belong to no file (command-line arguments, for example).</summary>
    public static SourceLocation None { get; } = new(string.Empty, default, new LinePosition(0, 0), new LinePosition(0, 0));

    public bool IsNone => Path.Length == 0;

    public override string ToString() =>
        IsNone ? "<no location>" : $"{Path}({Start.Line},{Start.Column},{End.Line},{End.Column})";
}
