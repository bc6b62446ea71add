using System.Text;

namespace Units.Compiler.Emit;

/// <summary>Writes C# with indentation; lines end in '\n' on every platform, so output is byte-identical.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Deeper blocks are not indented further: output stays linear in the depth of nesting.</summary>
    private const int MaxIndent = 16;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', Math.Min(_indent, MaxIndent) * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public CodeWriter Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines) Line(line);
        return this;
    }

    /// <summary>Writes text that already has its own line structure, indenting each line.</summary>
    public CodeWriter Block(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n')) Line(line.TrimEnd());
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => _text.ToString();
}
