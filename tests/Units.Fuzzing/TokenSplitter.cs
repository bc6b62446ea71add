namespace Units.Fuzzing;

/// <summary>A token of the mutator's rough view of a unit file (not the compiler's lexer: mutations must not depend on it).</summary>
internal readonly record struct RoughToken(int Start, string Text);

/// <summary>Splits text into words, numbers, quoted strings, single punctuation and runs of white space.</summary>
internal static class TokenSplitter
{
    public static List<RoughToken> Split(string text)
    {
        var tokens = new List<RoughToken>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsWhiteSpace(c)) { while (i < text.Length && char.IsWhiteSpace(text[i])) i++; }
            else if (char.IsLetterOrDigit(c) || c == '_') { while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++; }
            else if (c == '"' || c == '\'')
            {
                i++;
                while (i < text.Length && text[i] != c && text[i] != '\n') i++;
                if (i < text.Length) i++;
            }
            else i++;
            tokens.Add(new RoughToken(start, text.Substring(start, i - start)));
        }
        return tokens;
    }
}
