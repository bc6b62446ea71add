using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Tests.Syntax;

[TestClass]
public sealed class ParserTests
{
    private static FileSyntax ParseClean(string text)
    {
        var tree = SyntaxTree.Parse("t.unit", text);
        Assert.AreEqual(0, tree.Diagnostics.Count, string.Join("\n", tree.Diagnostics));
        return tree.Root;
    }

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [TestMethod]
    public void Every_node_keeps_its_exact_span()
    {
        const string text = "unit lock_blkdev = {\n  imports[ inner : BlockDevice_T, lock : Lock_T ];\n  depends{ exports + inits needs imports };\n}";
        var unit = (UnitDeclarationSyntax)ParseClean(text).Declarations[0];
        Assert.AreEqual(text, Slice(text, unit.Span));
        Assert.AreEqual("lock_blkdev", Slice(text, unit.Name.Span));
        var imports = (PortsClauseSyntax)unit.Clauses[0];
        Assert.AreEqual("imports[ inner : BlockDevice_T, lock : Lock_T ]", Slice(text, imports.Span));
        Assert.AreEqual("lock : Lock_T", Slice(text, imports.Ports[1].Span));
        Assert.AreEqual("Lock_T", Slice(text, imports.Ports[1].Bundle.Span));
        var rule = ((DependsClauseSyntax)unit.Clauses[1]).Rules[0];
        Assert.AreEqual("exports + inits needs imports", Slice(text, rule.Span));
        Assert.AreEqual("exports + inits", Slice(text, rule.Left.Span));
        Assert.AreEqual("imports", Slice(text, rule.Right.Span));
    }

    [TestMethod]
    public void Typed_members_keep_normalised_csharp_types()
    {
        var root = ParseClean("bundletype B = { System.Span<byte> Get(ref int x,  Dictionary< string , List<int> > map, (int a, long) pair, int[] xs, string? s) }");
        var member = (MethodMemberSyntax)((BundleTypeDeclarationSyntax)root.Declarations[0]).Body.Members[0];
        Assert.AreEqual("System.Span<byte>", member.ReturnType.Text);
        CollectionAssert.AreEqual(
            new[] { "int", "Dictionary<string, List<int>>", "(int a, long)", "int[]", "string?" },
            member.Parameters.Select(p => p.Type.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "ref" }, member.Parameters[0].Modifiers.ToArray());
    }

    [TestMethod]
    public void Knit_files_may_omit_the_semicolon_after_files_with_flags()
    {
        var root = ParseClean("unit u = { exports[ e : { f } ]\n files{ \"a.c\", \"b.c\" } with flags kern\n rename{ e.f to g }\n }");
        var unit = (UnitDeclarationSyntax)root.Declarations[0];
        CollectionAssert.AreEqual(new[] { "exports", "files", "rename" }, unit.Clauses.Select(c => c.Keyword.Text).ToArray());
        var files = (FilesClauseSyntax)unit.Clauses[1];
        Assert.AreEqual(2, files.Files.Count);
        Assert.AreEqual("kern", ((FlagsReferenceSyntax)files.Flags!.Items[0]).Name.Text);
    }

    [TestMethod]
    public void Every_list_accepts_a_trailing_comma_or_semicolon()
    {
        var root = ParseClean("bundletype B = { a, b, };\nunit u = { imports[ x : B; ]; exports[ y : B, ]; depends{ y needs x; }; link{ [y] <- v <- [x,]; }; };");
        Assert.AreEqual(2, root.Declarations.Count);
    }

    [TestMethod]
    public void Keywords_are_contextual_so_they_can_name_ports()
    {
        var root = ParseClean("unit u = { imports[ files : F, link : L, unit : U ]; exports[ depends : D ]; depends{ depends needs files + link }; }");
        var unit = (UnitDeclarationSyntax)root.Declarations[0];
        var imports = (PortsClauseSyntax)unit.Clauses[0];
        CollectionAssert.AreEqual(new[] { "files", "link", "unit" }, imports.Ports.Select(p => p.Name.Text).ToArray());
    }

    [TestMethod]
    public void Doc_comments_attach_to_the_next_declaration_port_and_member()
    {
        var root = ParseClean("/*# The console. #*/\nbundletype C = { /*# Writes one char. #*/ putc }\nunit u = { exports[ /*# The output. #*/ out : C ]; }");
        var bundle = (BundleTypeDeclarationSyntax)root.Declarations[0];
        Assert.AreEqual("The console.", bundle.Doc);
        Assert.AreEqual("Writes one char.", bundle.Body.Members[0].Doc);
        var port = ((PortsClauseSyntax)((UnitDeclarationSyntax)root.Declarations[1]).Clauses[0]).Ports[0];
        Assert.AreEqual("The output.", port.Doc);
    }

    [TestMethod]
    public void Link_statements_cover_every_form()
    {
        var root = ParseClean("unit c = { link{\n [a, b] <- u <- [x];\n [m] <- app <- {fs, out=console, ...};\n {p, q=r} <- w <- [];\n all = a + b + m;\n [i] <- %{ public static int F() => 1; %} <- [a]\n } }");
        var link = (LinkClauseSyntax)((UnitDeclarationSyntax)root.Declarations[0]).Clauses[0];
        Assert.AreEqual(5, link.Statements.Count);
        var byName = (ByNameListSyntax)((InstanceLinkSyntax)link.Statements[1]).Imports;
        Assert.IsNotNull(byName.Ellipsis);
        Assert.AreEqual("console", byName.Entries[1].LinkedName.Text);
        Assert.AreEqual("out", byName.Entries[1].Port.Text);
        var union = (UnionLinkSyntax)link.Statements[3];
        CollectionAssert.AreEqual(new[] { "a", "b", "m" }, union.Parts.Select(p => p.Text).ToArray());
        var inline = (InlineUnitTargetSyntax)((InstanceLinkSyntax)link.Statements[4]).Target;
        StringAssert.Contains(inline.Code.Code, "public static int F()");
    }

    [TestMethod]
    public void Constraint_terms_accept_every_spelling()
    {
        var root = ParseClean("unit u = { constraints{ context exports <= context imports; context(exports) <= ProcessContext; context (a + b) >= NoContext; NoContext >= context {a.f}; threadsafe out = Safe } }");
        var constraints = ((ConstraintsClauseSyntax)((UnitDeclarationSyntax)root.Declarations[0]).Clauses[0]).Constraints;
        Assert.AreEqual(5, constraints.Count);
        Assert.IsInstanceOfType<ConstantTermSyntax>(constraints[1].Right);
        Assert.IsInstanceOfType<ParenthesizedSetSyntax>(((PropertyTermSyntax)constraints[1].Left).Set);
        Assert.AreEqual(ConstraintOperator.GreaterOrEqual, constraints[2].Operator);
        Assert.IsInstanceOfType<ConstantTermSyntax>(constraints[3].Left);
        Assert.AreEqual(ConstraintOperator.Equal, constraints[4].Operator);
    }

    [TestMethod]
    public void Long_set_chains_stay_flat()
    {
        var chain = string.Join(" + ", Enumerable.Range(0, 5000).Select(i => "p" + i));
        var root = ParseClean($"unit u = {{ depends{{ {chain} needs imports }} }}");
        var rule = ((DependsClauseSyntax)((UnitDeclarationSyntax)root.Declarations[0]).Clauses[0]).Rules[0];
        Assert.AreEqual(4999, ((SetChainSyntax)rule.Left).Rest.Count);
    }

    [TestMethod]
    public void A_forgotten_closing_brace_is_reported_once_and_the_next_unit_still_parses()
    {
        var tree = SyntaxTree.Parse("t.unit", "unit a = {\n  exports[ e : E ];\n\nunit b = { exports[ f : F ]; }\n");
        Assert.AreEqual(1, tree.Diagnostics.Count);
        Assert.AreEqual("UNIT0100", tree.Diagnostics[0].Id);
        Assert.AreEqual(2, tree.Diagnostics[0].Location.Start.Line, "reported where the brace belongs, after the last token of the unit");
        Assert.AreEqual(2, tree.Root.Declarations.OfType<UnitDeclarationSyntax>().Count());
    }

    [TestMethod]
    public void A_missing_comma_between_ports_is_one_error()
    {
        var tree = SyntaxTree.Parse("t.unit", "unit a = { imports[ x : X  y : Y ]; exports[ e : E ]; }");
        Assert.AreEqual(1, tree.Diagnostics.Count);
        Assert.AreEqual("expected ',' between two ports, found 'y'", tree.Diagnostics[0].Message);
        Assert.AreEqual(26, tree.Diagnostics[0].Location.Start.Column, "where the comma belongs");
        var ports = ((Units.Compiler.Syntax.UnitDeclarationSyntax)tree.Root.Declarations[0]).Clauses.OfType<Units.Compiler.Syntax.PortsClauseSyntax>().First().Ports;
        CollectionAssert.AreEqual(new[] { "x", "y" }, ports.Select(p => p.Name.Text).ToArray(), "both ports stay");
    }
}
