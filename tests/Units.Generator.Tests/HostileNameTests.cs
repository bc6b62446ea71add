using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>
/// Names and text C# treats specially (keywords, contextual keywords, names that differ only in
/// case, line breaks C# knows and the unit language does not): the generated C# compiles, or a
/// located UNIT diagnostic says why before C# does. Each case was found by the fuzzer.
/// </summary>
[TestClass]
public sealed class HostileNameTests
{
    private static GeneratorHarness.Result Compiles(GeneratorHarness harness)
    {
        var result = harness.Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        return result;
    }

    [TestMethod]
    public void A_bundletype_named_like_a_keyword_is_declared_and_referenced_escaped()
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype int = { int Get() }
                bundletype file = { int Other() }
                unit src = { exports[ v : int, w : file ]; }
                unit Top = { exports[ v : int, w : file ]; link{ [v, w] <- src <- []; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct src<TSelf> { public static int Get() => 4; public static int Other() => 5; }
                public static class Use { public static int Run() => Top.V.Get() * 10 + Top.W.Other(); }
                """));
        Assert.AreEqual(45, result.Load().Call("Demo.Use", "Run"));
    }

    [TestMethod]
    public void Units_and_instances_named_like_contextual_keywords_compile()
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit file = { exports[ v : Value_T ]; }
                unit required = { imports[ i : Value_T ]; exports[ v : Value_T ]; depends{ exports needs imports }; }
                unit scoped = { imports[ i : Value_T ]; exports[ v : Value_T ]; depends{ exports needs imports }; }
                unit record = { imports[ i : Value_T ]; exports[ v : Value_T ]; depends{ exports needs imports }; }
                unit var = { imports[ i : Value_T ]; exports[ v : Value_T ]; depends{ exports needs imports }; }
                unit Top = {
                  exports[ v : Value_T ];
                  link{ [a] <- file <- []; [b] <- required <- [a]; [c] <- scoped <- [b]; [d] <- record <- [c]; [v] <- var <- [d]; }
                }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct @file<TSelf> { public static int Get() => 1; }
                partial struct @required<TSelf, TI> { public static int Get() => TI.Get() + 1; }
                partial struct @scoped<TSelf, TI> { public static int Get() => TI.Get() + 1; }
                partial struct @record<TSelf, TI> { public static int Get() => TI.Get() + 1; }
                partial struct @var<TSelf, TI> { public static int Get() => TI.Get() + 1; }
                public static class Use { public static int Run() => Top.V.Get(); }
                """));
        Assert.AreEqual(5, result.Load().Call("Demo.Use", "Run"));
    }

    [TestMethod]
    public void A_unit_named_like_its_type_parameter_is_a_located_error_before_CSharp()
    {
        var result = new GeneratorHarness()
            .Unit("u.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit TSelf = { exports[ v : Value_T ]; }\nunit Top = { exports[ v : Value_T ]; link{ [v] <- TSelf <- []; } }")
            .Run();
        var error = result.GeneratorDiagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        StringAssert.Contains(error.GetMessage(), "'TSelf'");
        Assert.AreEqual(3, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), result.Describe());
    }

    [TestMethod]
    public void A_unit_named_like_an_import_type_parameter_gets_another_one()
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit one = { exports[ v : Value_T ]; }
                unit TInner = { imports[ inner : Value_T ]; exports[ v : Value_T ]; depends{ exports needs imports }; }
                unit Top = { exports[ v : Value_T ]; link{ [a] <- one <- []; [v] <- TInner <- [a]; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct one<TSelf> { public static int Get() => 1; }
                partial struct TInner<TSelf, Tinner> { public static int Get() => Tinner.Get() + 1; }
                """));
        Assert.AreEqual(2, result.Load().Call("Demo.Top+V", "Get"));
    }

    [TestMethod]
    public void Exports_that_differ_only_in_case_get_distinct_names_and_a_warning()
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit one = { exports[ v : Value_T ]; }
                unit two = { exports[ v : Value_T ]; }
                unit Top = { exports[ left : Value_T, Left : Value_T ]; link{ [left] <- one <- []; [Left] <- two <- []; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct one<TSelf> { public static int Get() => 1; }
                partial struct two<TSelf> { public static int Get() => 2; }
                """));
        var warning = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0806");
        StringAssert.Contains(warning.GetMessage(), "'Left'");
        Assert.AreEqual(1, result.Load().Call("Demo.Top+Left", "Get"));
        Assert.AreEqual(2, result.Load().Call("Demo.Top+Left_", "Get"));
    }

    [TestMethod]
    public void Unit_exports_that_differ_only_in_case_get_distinct_nested_types()
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit src = { exports[ foo : Value_T, Foo : Value_T ]; }
                unit Top = { exports[ a : Value_T, b : Value_T ]; link{ [a, b] <- src <- []; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct src<TSelf>
                {
                    public partial struct Foo { public static int Get() => 1; }
                    public partial struct Foo_ { public static int Get() => 2; }
                }
                """));
        Assert.IsTrue(result.GeneratorDiagnostics.Any(d => d.Id == "UNIT0806" && d.GetMessage().Contains("'src.Foo_'")), result.Describe());
        Assert.AreEqual(1, result.Load().Call("Demo.Top+A", "Get"));
        Assert.AreEqual(2, result.Load().Call("Demo.Top+B", "Get"));
    }

    [TestMethod]
    [DataRow("\u0085")]
    [DataRow("\u2028")]
    [DataRow("\u2029")]
    [DataRow("\r")]
    public void A_doc_comment_cannot_end_its_line_early(string lineBreak)
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", $$"""
                namespace Demo;
                /*# x{{lineBreak}}int Oops() => 0; #*/
                bundletype Value_T = { /*# y{{lineBreak}}public static int Injected = 1; #*/ int Get() }
                unit src = { exports[ v : Value_T ]; }
                unit Top = { exports[ v : Value_T ]; link{ [v] <- src <- []; } }
                """)
            .CSharp("S.cs", "namespace Demo; partial struct src<TSelf> { public static int Get() => 3; }"));
        Assert.AreEqual(0, result.Output.SyntaxTrees.Sum(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Count(m => m.Identifier.Text == "Oops")));
        Assert.IsFalse(result.Output.SyntaxTrees.Any(t => t.ToString().Contains("Injected = 1;") && !t.ToString().Contains("/// ")), "the comment's text stays in comments");
        Assert.AreEqual(3, result.Load().Call("Demo.Top+V", "Get"));
    }

    [TestMethod]
    [DataRow("internal")]
    [DataRow("private")]
    [DataRow("")]
    public void An_export_member_that_is_not_public_is_UNIT0802_not_a_CSharp_error(string accessibility)
    {
        var result = new GeneratorHarness()
            .Unit("u.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit src = { exports[ v : Value_T ]; }\nunit Top = { exports[ v : Value_T ]; link{ [v] <- src <- []; } }")
            .CSharp("S.cs", $"namespace Demo;\npartial struct src<TSelf>\n{{\n    {accessibility} static int Get() => 3;\n}}")
            .Run();
        var error = result.Errors.Single();
        Assert.AreEqual("UNIT0802", error.Id, result.Describe());
        StringAssert.Contains(error.GetMessage(), "public");
        Assert.AreEqual("/project/u.unit", error.Location.GetLineSpan().Path, "located at the export, as every UNIT0802");
        StringAssert.Contains(error.GetMessage(), "S.cs(4,", "with a note at the member");
    }

    [TestMethod]
    [DataRow("#region Values\n    public static int Get() => 3;\n    #endregion")]
    [DataRow("public static int Get() => 3;\n    #region Trailing\n    #endregion")]
    [DataRow("#if DEBUG\n    public static int Get() => 3;\n    #else\n    public static int Get() => 3;\n    #endif")]
    [DataRow("public static int Get() => 3;\n    #if NEVER\n    public static int Other() => 4;\n    #endif")]
    [DataRow("public static int Get() => Other();\n    #region Helpers\n    static int Other() => 3;\n    #endregion\n    // last")]
    public void Directives_around_or_after_the_members_survive_the_copy(string members)
    {
        var result = Compiles(new GeneratorHarness()
            .Unit("u.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit src = { exports[ v : Value_T ]; }\nunit Top = { exports[ a : Value_T, b : Value_T ]; link{ [a] <- src <- []; [b] <- src <- []; } }")
            .CSharp("S.cs", $"namespace Demo;\npartial struct src<TSelf>\n{{\n    {members}\n}}"));
        Assert.AreEqual(3, result.Load().Call("Demo.Top+A", "Get"));
        Assert.AreEqual(3, result.Load().Call("Demo.Top+B", "Get"));
    }

    [TestMethod]
    [DataRow("my-app", "my_app")]
    [DataRow("3d.engine", "_3d.engine")]
    [DataRow("Company.class.Tool", "Company.@class.Tool")]
    [DataRow("a b", "a_b")]
    public void A_root_namespace_that_is_not_a_CSharp_name_is_made_one(string rootNamespace, string expected)
    {
        var harness = new GeneratorHarness()
            .Unit("u.unit", "bundletype Value_T = { int Get() }\nunit src = { exports[ v : Value_T ]; }\nunit Top = { exports[ v : Value_T ]; link{ [v] <- src <- []; } }")
            .CSharp("S.cs", $"namespace {expected};\npartial struct src<TSelf> {{ public static int Get() => 3; }}");
        harness.Properties["RootNamespace"] = rootNamespace;
        var result = Compiles(harness);
        var assembly = result.Load();
        Assert.AreEqual(3, assembly.Call(expected.Replace("@", "") + ".Top+V", "Get"), string.Join(", ", assembly.GetTypes().Select(t => t.FullName)));
    }

    [TestMethod]
    [DataRow("/src/we\"ird/S.cs")]
    [DataRow("C:\\src\\app\\S.cs")]
    [DataRow("/src/spa ce/ünï/S.cs")]
    public void A_copy_maps_to_any_implementation_path(string path)
    {
        var harness = new GeneratorHarness()
            .Unit("u.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit src = { exports[ v : Value_T ]; }\nunit Top = { exports[ a : Value_T, b : Value_T ]; link{ [a] <- src <- []; [b] <- src <- []; } }");
        harness.CSharpFiles[path] = "namespace Demo;\npartial struct src<TSelf>\n{\n    public static int Get() => 3;\n}";
        var result = Compiles(harness);
        var copies = result.Output.SyntaxTrees.Where(t => t.ToString().Contains("#line")).ToList();
        foreach (var tree in copies)
        {
            foreach (var directive in tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.LineDirectiveTrivia)))
            {
                var file = ((Microsoft.CodeAnalysis.CSharp.Syntax.LineDirectiveTriviaSyntax)directive.GetStructure()!).File;
                if (file.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)) continue;
                Assert.AreEqual(path, file.ValueText, "the #line path names the user's file exactly");
            }
        }
        if (!path.Contains('"')) Assert.IsTrue(copies.Count > 0, "the copy is mapped to the user's file");
        Assert.AreEqual(3, result.Load().Call("Demo.Top+A", "Get"));
    }

    [TestMethod]
    public void An_initializer_whose_name_is_no_CSharp_name_is_a_located_error_before_CSharp()
    {
        var result = new GeneratorHarness()
            .Unit("u.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit src = { exports[ v : Value_T ]; initializer '.init' for v; }\nunit Top = { exports[ v : Value_T ]; link{ [v] <- src <- []; } }")
            .CSharp("S.cs", "namespace Demo; partial struct src<TSelf> { public static int Get() => 3; }")
            .Run();
        var error = result.Errors.Single();
        Assert.IsTrue(error.Id.StartsWith("UNIT", StringComparison.Ordinal), result.Describe());
        StringAssert.Contains(error.GetMessage(), "'.init'");
        Assert.AreEqual(3, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
