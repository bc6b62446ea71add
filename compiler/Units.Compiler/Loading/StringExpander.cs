using System.Text;
using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Loading;

/// <summary>
/// Gives a string literal its value: escapes resolved and <c>${NAME}</c> replaced. In a path Units
/// itself must open (a .unit include) an undefined variable is reported at its own span and
/// expands to nothing; in data kept for a C build (files, header includes, flags, directories) it
/// is left as written, for that build's own definitions, as Knit left it for its makefiles.
/// </summary>
public static class StringExpander
{
    /// <summary>
    /// A string Units needs the value of: undefined variables are errors, and the value is null
    /// when it cannot be known (an undefined or malformed variable; never a guess with a gap).
    /// </summary>
    public static string? Expand(StringLiteralSyntax literal, SourceText text, Variables variables, DiagnosticBag diagnostics, LoadingPolicy policy)
    {
        var value = Expand(literal, text, variables, diagnostics, keepUndefined: false, out var complete, policy);
        return complete ? value : null;
    }

    /// <summary>A string kept as data for a C build: undefined variables stay <c>${NAME}</c>.</summary>
    public static string ExpandData(StringLiteralSyntax literal, SourceText text, Variables variables, DiagnosticBag diagnostics) =>
        Expand(literal, text, variables, diagnostics, keepUndefined: true, out _, LoadingPolicy.Unrestricted);

    private static string Expand(StringLiteralSyntax literal, SourceText text, Variables variables, DiagnosticBag diagnostics, bool keepUndefined, out bool complete,
        LoadingPolicy policy)
    {
        complete = true;
        var raw = literal.RawText;
        var contentStart = literal.Span.Start + 1; // after the opening quote
        var value = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                i++;
                value.Append(raw[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                continue;
            }
            if (c == '$' && i + 1 < raw.Length && raw[i + 1] == '{')
            {
                var close = raw.IndexOf('}', i + 2);
                if (close < 0)
                {
                    complete = false; // malformed: the lexer has reported it
                    break;
                }
                var name = raw.Substring(i + 2, close - i - 2);
                if (!IsName(name))
                {
                    complete = false; // malformed: the lexer has reported it
                    value.Append(raw, i, close - i + 1);
                    i = close;
                    continue;
                }
                if (variables.TryGet(name, out var replacement))
                {
                    value.Append(replacement);
                }
                else if (keepUndefined)
                {
                    value.Append(raw, i, close - i + 1);
                }
                else
                {
                    complete = false;
                    var span = TextSpan.FromBounds(contentStart + i, contentStart + close + 1);
                    diagnostics.Add(DiagnosticDescriptors.UndefinedVariable, text.GetLocation(span), Display.Name(name), policy.DefineHint(Display.Name(name)));
                }
                i = close;
                continue;
            }
            value.Append(c);
        }
        return value.ToString();
    }

    private static bool IsName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c)));
}
