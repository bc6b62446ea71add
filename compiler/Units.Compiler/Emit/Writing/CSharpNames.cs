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
        // Contextual keywords: '@' is always allowed, and some (file, required, scoped, record,
        // extension) cannot name a type without it.
        "add", "allows", "alias", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
        "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof",
        "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
        "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
    };

    /// <summary>Whether a unit-language symbol can be a C# identifier (with '@' where it is a keyword).</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>A name as a C# identifier (keywords and contextual keywords get '@').</summary>
    public static string Identifier(string name) => s_keywords.Contains(name) ? "@" + name : name;

    /// <summary>A dotted namespace as C# writes it, each part an identifier.</summary>
    public static string Namespace(string ns) => string.Join(".", ns.Split('.').Select(Identifier));

    /// <summary>
    /// A project's RootNamespace as a namespace: the SDK takes it from the project name, which
    /// may hold characters no identifier can (<c>my-app</c> becomes <c>my_app</c>, <c>3d</c> <c>_3d</c>).
    /// </summary>
    public static string NamespaceFromProject(string rootNamespace)
    {
        var parts = rootNamespace.Split('.').Select(part => part.Trim()).Where(part => part.Length > 0).Select(part =>
        {
            var builder = new StringBuilder(part.Length + 1);
            foreach (var c in part) builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            if (!(char.IsLetter(builder[0]) || builder[0] == '_')) builder.Insert(0, '_');
            return builder.ToString();
        }).ToList();
        return parts.Count == 0 ? "Units.Generated" : string.Join(".", parts);
    }

    /// <summary>
    /// Text made fit to follow a prefix in an identifier: each character an identifier cannot hold
    /// becomes '_', runs of them one (<c>{.q = a.a1}</c> becomes <c>_q_a_a1_</c>).
    /// </summary>
    public static string IdentifierPart(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var kept = char.IsLetterOrDigit(c) || c == '_' ? c : '_';
            if (kept == '_' && builder.Length > 0 && builder[builder.Length - 1] == '_' && c != '_') continue;
            builder.Append(kept);
        }
        return builder.ToString();
    }

    /// <summary>The first letter upper-cased: port <c>inner</c> becomes <c>Inner</c>.</summary>
    public static string Pascal(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// The type parameters that stand for a unit's imports, in order: <c>T</c> and the import's name
    /// with its first letter upper-cased (<c>inner</c> becomes <c>TInner</c>). Where that names
    /// <c>TSelf</c>, an earlier import's parameter (imports <c>self</c>, or <c>out</c> and
    /// <c>Out</c>) or the type itself (unit <c>TInner</c>), <c>T</c> and the name as written
    /// (<c>Tself</c>, <c>Tout</c>, <c>Tinner</c>); then a number.
    /// </summary>
    public static IReadOnlyList<string> ImportTypeParameters(IReadOnlyList<string> ports, string typeName)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { SelfTypeParameter, typeName };
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
        string.IsNullOrEmpty(ns) ? "global::" + Identifier(name) : $"global::{Namespace(ns!)}.{Identifier(name)}";

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
                // Line breaks C# knows beyond \r and \n end a literal too; a lone surrogate would not survive UTF-8.
                _ => c < ' ' || c is '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Every character sequence C# takes for a line break: one inside a comment would end it.</summary>
    private static readonly string[] s_lineBreaks = { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" };

    /// <summary>The text of an XML doc comment (escaped), one line per line of the unit-file comment.</summary>
    public static IEnumerable<string> DocLines(string? doc)
    {
        if (string.IsNullOrWhiteSpace(doc)) yield break;
        yield return "/// <summary>";
        foreach (var line in doc!.Split(s_lineBreaks, StringSplitOptions.None))
        {
            yield return "/// " + XmlText(line);
        }
        yield return "/// </summary>";
    }

    /// <summary>Text XML can hold: markup escaped, characters XML forbids (controls, lone surrogates) replaced.</summary>
    private static string XmlText(string line)
    {
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) builder.Append(c).Append(line[++i]);
            else if (c == '&') builder.Append("&amp;");
            else if (c == '<') builder.Append("&lt;");
            else if (c == '>') builder.Append("&gt;");
            else if ((c < ' ' && c != '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') builder.Append('\uFFFD');
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
