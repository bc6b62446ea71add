using System.Text.RegularExpressions;
using Units.Compiler.Diagnostics;
using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Syntax;

/// <summary>docs/language.md is the language's reference: every example in it is a unit file that parses.</summary>
[TestClass]
public sealed class LanguageReferenceTests
{
    private static readonly string s_doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "language.md"));

    private static List<(int Line, string Code)> Blocks(string language)
    {
        var blocks = new List<(int, string)>();
        foreach (Match match in Regex.Matches(s_doc, "^```" + language + "\\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            blocks.Add((s_doc.Take(match.Index).Count(c => c == '\n') + 1, match.Groups[1].Value));
        }
        return blocks;
    }

    [TestMethod]
    public void Every_unit_example_parses_without_a_syntax_error()
    {
        var blocks = Blocks("unit");
        Assert.IsTrue(blocks.Count >= 4, "the reference has an example per part of the language");
        foreach (var (line, code) in blocks)
        {
            var tree = Units.Compiler.Syntax.SyntaxTree.Parse("language.md", code);
            var syntax = tree.Diagnostics.Where(d => d.Descriptor.Phase <= DiagnosticPhase.Parsing).ToList();
            Assert.AreEqual(0, syntax.Count, $"the example at line {line} of docs/language.md:\n{TestCompiler.Format(syntax)}");
            Assert.IsTrue(tree.Root.Declarations.Count > 0, $"the example at line {line} declares something");
        }
    }

    [TestMethod]
    public void The_grammar_covers_every_clause_keyword_the_parser_knows()
    {
        var grammar = string.Join("\n", Blocks("ebnf").Select(b => b.Code));
        foreach (var keyword in new[] { "imports", "exports", "initializer", "finalizer", "depends", "constraints", "rename", "files", "flatten",
                     "implementation", "link", "defaults", "include", "directory", "flags", "namespace", "type", "property", "bundletype", "extends", "with" })
        {
            StringAssert.Contains(grammar, $"'{keyword}'", $"the grammar in docs/language.md names '{keyword}'");
        }
    }
}
