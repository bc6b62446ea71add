using System.Globalization;
using System.Text;

namespace Units.Compiler.Reports;

/// <summary>
/// A minimal JSON writer (the core has no dependencies, and netstandard2.0 has no System.Text.Json).
/// Output is indented with two spaces and uses '\n', so it is byte-identical across platforms.
/// </summary>
public sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private readonly Stack<bool> _first = new();
    private int _depth;
    private bool _afterName;

    public JsonWriter StartObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        Separator();
        WriteString(name);
        _text.Append(": ");
        _afterName = true;
        return this;
    }

    public JsonWriter Value(string? value)
    {
        Separator();
        if (value is null) _text.Append("null");
        else WriteString(value);
        return this;
    }

    public JsonWriter Value(int value)
    {
        Separator();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Value(bool value)
    {
        Separator();
        _text.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Property(string name, string? value) => Name(name).Value(value);

    public JsonWriter Property(string name, int value) => Name(name).Value(value);

    public override string ToString() => _text.ToString() + "\n";

    private JsonWriter Open(char bracket)
    {
        Separator();
        _text.Append(bracket);
        _first.Push(true);
        _depth++;
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        _depth--;
        var empty = _first.Pop();
        if (!empty) NewLine();
        _text.Append(bracket);
        return this;
    }

    private void Separator()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_first.Count == 0) return;
        if (!_first.Peek()) _text.Append(',');
        _first.Pop();
        _first.Push(false);
        NewLine();
    }

    private void NewLine() => _text.Append('\n').Append(' ', _depth * 2);

    private void WriteString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < ' ') _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else _text.Append(c);
                    break;
            }
        }
        _text.Append('"');
    }
}
