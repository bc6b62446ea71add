using Units.Compiler.Syntax;

namespace Units.Compiler.Tests.Syntax;

[TestClass]
public sealed class LexerTests
{
    private static Token[] Lex(string text, out SyntaxDiagnostics diagnostics)
    {
        diagnostics = new SyntaxDiagnostics(new Units.Compiler.Text.SourceText("t.unit", text));
        return Lexer.Tokenize(new Units.Compiler.Text.SourceText("t.unit", text), diagnostics);
    }

    [TestMethod]
    public void Punctuation_prefers_the_longest_token()
    {
        var tokens = Lex("<- <= < >= > ... . = + -", out var diagnostics);
        CollectionAssert.AreEqual(
            new[] { TokenKind.LeftArrow, TokenKind.LessEqual, TokenKind.Less, TokenKind.GreaterEqual, TokenKind.Greater,
                    TokenKind.Ellipsis, TokenKind.Dot, TokenKind.Equals, TokenKind.Plus, TokenKind.Minus, TokenKind.EndOfFile },
            tokens.Select(t => t.Kind).ToArray());
        Assert.AreEqual(0, diagnostics.Items.Count);
    }

    [TestMethod]
    public void Generic_closers_are_separate_tokens()
    {
        var tokens = Lex("List<List<int>>", out _);
        Assert.AreEqual(2, tokens.Count(t => t.Kind == TokenKind.Greater));
    }

    [TestMethod]
    public void Strings_keep_raw_text_and_inline_code_keeps_its_content()
    {
        var tokens = Lex("\"a\\\"b ${X}\" %{ int x = \"}\"; %}", out var diagnostics);
        Assert.AreEqual("a\\\"b ${X}", tokens[0].Text);
        Assert.AreEqual(" int x = \"}\"; ", tokens[1].Text);
        Assert.AreEqual(0, diagnostics.Items.Count);
    }

    [TestMethod]
    public void Comments_are_skipped_and_doc_comments_ride_on_the_next_token()
    {
        var tokens = Lex("// line\n/* block */ a /*# doc\n * more #*/ b", out _);
        Assert.AreEqual("a", tokens[0].Text);
        Assert.IsNull(tokens[0].Doc);
        Assert.AreEqual("doc\nmore", tokens[1].Doc);
    }

    [TestMethod]
    public void Non_ascii_and_control_characters_are_reported_with_their_code_point()
    {
        Lex("a \u00e9 b \u0001", out var diagnostics);
        Assert.AreEqual(2, diagnostics.Items.Count);
        StringAssert.Contains(diagnostics.Items[0].Message, "U+00E9");
        StringAssert.Contains(diagnostics.Items[1].Message, "U+0001");
    }
}
