using System.Text;

namespace Units.Fuzzing;

/// <summary>
/// Makes one input from a seed: one to four mutations drawn from the kinds below, each a plain
/// function of the text and a seeded random source (so a seed and an index give the same input again).
/// </summary>
internal sealed class Mutator(Corpus corpus)
{
    /// <summary>Characters that have broken text handling somewhere: line breaks C# and Unicode disagree on, surrogates, marks, controls.</summary>
    private static readonly string[] s_awkward =
    [
        "\u0085", "\u2028", "\u2029", "\r", "\r\n", "\n\r", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFEFF", "\u200B", "\u202E",
        "\u0301", "\0", "\t", "\v", "\f", "\u00A0", "\u3000", "é", "ß", "İ", "ı", "Ω", "\\", "\"", "'", "%{", "%}", "/*", "*/", "//",
        "#", "$", "${", "${X}", "@", "`", "\u001B[31m",
    ];

    /// <summary>Words and punctuation of the language, inserted where they are least expected.</summary>
    private static readonly string[] s_syntax =
    [
        "unit", "bundletype", "property", "type", "include", "namespace", "imports", "exports", "link", "constraints", "depends",
        "initializer", "finalizer", "for", "extends", "with", "flags", "files", "rename", "to", "implementation", "flatten",
        "defaults", "...", "<-", "<", ">", "<=", ">=", "=", "==", "{", "}", "[", "]", "(", ")", ",", ";", ":", ".", "+", "*",
        "exports", "imports", "context", "NoContext", "ProcessContext", "void", "int", "ref", "out", "in", "params", "global::",
    ];

    public string Mutate(string seed, Random random)
    {
        var text = seed;
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++) text = MutateOnce(text, random);
        return text;
    }

    private string MutateOnce(string text, Random random)
    {
        switch (random.Next(16))
        {
            case 0: return FlipBits(text, random);
            case 1: return OnTokens(text, random, (tokens, i) => tokens.RemoveAt(i));
            case 2: return OnTokens(text, random, (tokens, i) => tokens.Insert(i, tokens[i]));
            case 3: return OnTokens(text, random, (tokens, i) => { var j = random.Next(tokens.Count); (tokens[i], tokens[j]) = (tokens[j], tokens[i]); });
            case 4: return OnTokens(text, random, (tokens, i) => tokens[i] = corpus.Tokens[random.Next(corpus.Tokens.Count)]);
            case 5: return OnTokens(text, random, (tokens, i) => tokens.Insert(i, s_syntax[random.Next(s_syntax.Length)]));
            case 6: return Splice(text, random);
            case 7: return text.Length == 0 ? text : text[..random.Next(text.Length)];
            case 8: return Nest(text, random);
            case 9: return OnTokens(text, random, (tokens, i) => tokens[i] = HugeNumber(random));
            case 10: return OnTokens(text, random, (tokens, i) => tokens[i] = HugeName(tokens[i], random));
            case 11: return Insert(text, random, s_awkward[random.Next(s_awkward.Length)]);
            case 12: return "\uFEFF" + text;
            case 13: return LineEndings(text, random);
            case 14: return Repeat(text, random);
            default: return Insert(text, random, ((char)random.Next(0x10000)).ToString());
        }
    }

    private static string FlipBits(string text, Random random)
    {
        if (text.Length == 0) return text;
        var chars = text.ToCharArray();
        var flips = 1 + random.Next(4);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(chars.Length);
            // Mostly low bits (a different ASCII character), sometimes a high one (a surrogate, a control, any plane).
            chars[at] = (char)(chars[at] ^ (1 << (random.Next(4) == 0 ? random.Next(16) : random.Next(7))));
        }
        return new string(chars);
    }

    private static string OnTokens(string text, Random random, Action<List<string>, int> change)
    {
        var tokens = TokenSplitter.Split(text).Select(t => t.Text).ToList();
        if (tokens.Count == 0) return text;
        change(tokens, random.Next(tokens.Count));
        return string.Concat(tokens);
    }

    private string Splice(string text, Random random)
    {
        var other = corpus.Files[random.Next(corpus.Files.Count)].Value;
        if (other.Length == 0) return text;
        var start = random.Next(other.Length);
        var length = Math.Min(other.Length - start, 1 + random.Next(400));
        return Insert(text, random, other.Substring(start, length));
    }

    private static string Insert(string text, Random random, string piece)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        return text[..at] + piece + text[at..];
    }

    /// <summary>Brackets nested hundreds or thousands deep: an object set, a list, a bundletype, an unclosed run.</summary>
    private static string Nest(string text, Random random)
    {
        var depth = Rarely(random) ? 2000 + random.Next(20000) : random.Next(4) == 0 ? 100 + random.Next(1000) : 1 + random.Next(50);
        var (open, close) = random.Next(5) switch { 0 => ("{", "}"), 1 => ("[", "]"), 2 => ("(", ")"), 3 => ("%{", "%}"), _ => ("{ x <", "}") };
        var balanced = random.Next(3) != 0;
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++) builder.Append(open);
        builder.Append("a");
        if (balanced) for (var i = 0; i < depth; i++) builder.Append(close);
        return Insert(text, random, builder.ToString());
    }

    private static string HugeNumber(Random random) => Rarely(random) ? new string('9', 1000 + random.Next(100_000)) : random.Next(3) switch
    {
        0 => "2147483648",
        1 => "99999999999999999999999999999999",
        _ => "-" + new string('1', 20 + random.Next(40)),
    };

    /// <summary>
    /// One time in fifty: the large variant of a mutation (a hundred thousand characters, twenty
    /// thousand brackets). Large inputs cost a hundred small ones, so they are kept a small share.
    /// </summary>
    private static bool Rarely(Random random) => random.Next(50) == 0;

    private static string HugeName(string token, Random random)
    {
        var stem = token.Length > 0 && (char.IsLetter(token[0]) || token[0] == '_') ? token : "n";
        var builder = new StringBuilder(stem);
        var length = Rarely(random) ? 50_000 + random.Next(150_000) : 60 + random.Next(3000);
        while (builder.Length < length) builder.Append(random.Next(3) == 0 ? '_' : (char)('a' + random.Next(26)));
        return builder.ToString();
    }

    private static string LineEndings(string text, Random random)
    {
        var normal = text.Replace("\r\n", "\n");
        return random.Next(4) switch
        {
            0 => normal.Replace("\n", "\r\n"),
            1 => normal.Replace("\n", "\r"),
            2 => normal.Replace("\n", "\u2028"),
            _ => string.Concat(normal.Split('\n').Select((line, i) => i == 0 ? line : (random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" }) + line)),
        };
    }

    /// <summary>A piece of the text repeated many times: thousands of units, ports, members or links.</summary>
    private static string Repeat(string text, Random random)
    {
        if (text.Length == 0) return text;
        var start = random.Next(text.Length);
        var length = Math.Min(text.Length - start, 1 + random.Next(200));
        var times = Rarely(random) ? 200 + random.Next(3000) : 2 + random.Next(30);
        var piece = text.Substring(start, length);
        return text[..start] + string.Concat(Enumerable.Repeat(piece, times)) + text[start..];
    }
}
