using System.Text;

namespace Units.Compiler.Emit;

/// <summary>How unit-language names become C# names, in one place.</summary>
public static class CSharpNames
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>A name as a C# identifier (keywords get '@').</summary>
    public static string Identifier(string name) => s_keywords.Contains(name) ? "@" + name : name;

    /// <summary>The first letter upper-cased: port <c>inner</c> becomes <c>Inner</c>.</summary>
    public static string Pascal(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// The type parameters that stand for a unit's imports, in order: <c>T</c> and the import's name
    /// with its first letter upper-cased (<c>inner</c> becomes <c>TInner</c>). Where that names
    /// <c>TSelf</c> or an earlier import's parameter (imports <c>self</c>, or <c>out</c> and
    /// <c>Out</c>), <c>T</c> and the name as written (<c>Tself</c>, <c>Tout</c>); then a number.
    /// </summary>
    public static IReadOnlyList<string> ImportTypeParameters(IReadOnlyList<string> ports)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { SelfTypeParameter };
        var result = new List<string>(ports.Count);
        foreach (var port in ports)
        {
            var name = "T" + Pascal(port);
            if (taken.Contains(name)) name = "T" + port;
            for (var n = 2; taken.Contains(name); n++) name = "T" + Pascal(port) + n;
            taken.Add(name);
            result.Add(name);
        }
        return result;
    }

    /// <summary>The type parameter that gives each instance its identity.</summary>
    public const string SelfTypeParameter = "TSelf";

    /// <summary>A namespace-qualified name with <c>global::</c>, for generated code that must not depend on usings.</summary>
    public static string Global(string? ns, string name) =>
        string.IsNullOrEmpty(ns) ? "global::" + name : $"global::{ns}.{name}";

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    /// <summary>The text of an XML doc comment (escaped), one line per line of the unit-file comment.</summary>
    public static IEnumerable<string> DocLines(string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) yield break;
        yield return "/// <summary>";
        foreach (var line in doc!.Split('\n'))
        {
            yield return "/// " + line.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        }
        yield return "/// </summary>";
    }
}
