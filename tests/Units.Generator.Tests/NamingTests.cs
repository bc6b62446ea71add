using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>C# names Units chooses: the documented ones, or, where C# forbids them, another one and a warning that names it.</summary>
[TestClass]
public sealed class NamingTests
{
    private static GeneratorHarness.Result Run(GeneratorHarness harness)
    {
        var result = harness.Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        return result;
    }

    [TestMethod]
    public void An_export_named_like_a_facade_member_gets_another_name_and_a_warning_that_says_it()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Value() }
                unit src = { exports[ v : Value_T ]; }
                unit Top = { exports[ manifest : Value_T ]; link{ [manifest] <- src <- []; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct src<TSelf> { public static int Value() => 7; }
                public static class Use { public static string Run() => Top.Manifest.Name + Top.Manifest_.Value(); }
                """));
        var warning = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0806");
        StringAssert.Contains(warning.GetMessage(), "export 'manifest' of 'Top' is emitted as 'Top.Manifest_', because 'Manifest' is a member every composition has");
        Assert.AreEqual(4, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.AreEqual("Top7", result.Load().Call("Demo.Use", "Run"));
    }

    [TestMethod]
    public void An_export_named_like_its_member_gets_another_name_and_a_warning_that_says_it()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Get_T = { int Get() }
                unit src = { exports[ get : Get_T ]; }
                unit Top = { exports[ get : Get_T ]; link{ [get] <- src <- []; } }
                """)
            .CSharp("S.cs", "namespace Demo; partial struct src<TSelf> { public static int Get() => 3; } public static class Use { public static int Run() => Top.GetExport.Get(); }"));
        StringAssert.Contains(result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0806").GetMessage(),
            "'Top.GetExport', because a type cannot have a member of its own name, and the export has a member 'Get'");
        Assert.AreEqual(3, result.Load().Call("Demo.Use", "Run"));
    }

    [TestMethod]
    public void Imports_whose_type_parameters_would_clash_get_distinct_ones()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit one = { exports[ v : Value_T ]; }
                unit sum = { imports[ self : Value_T, out : Value_T, Out : Value_T ]; exports[ v : Value_T ]; depends{ exports needs imports }; }
                unit Top = { exports[ v : Value_T ]; link{ [a] <- one <- []; [v] <- sum <- [a, a, a]; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct one<TSelf> { public static int Get() => 1; }
                partial struct sum<TSelf, Tself, TOut, TOut2> { public static int Get() => Tself.Get() + TOut.Get() + TOut2.Get(); }
                """));
        Assert.AreEqual(0, result.GeneratorDiagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning), result.Describe());
        Assert.AreEqual(3, result.Load().Call("Demo.Top+V", "Get"));
    }

    [TestMethod]
    public void The_expected_header_in_a_shape_error_is_one_that_can_be_written()
    {
        var result = new GeneratorHarness()
            .Unit("u.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit sum = { imports[ self : Value_T, out : Value_T, Out : Value_T ]; exports[ v : Value_T ]; }")
            .CSharp("S.cs", "namespace Demo; partial struct sum<TSelf> { public static int Get() => 0; }")
            .Run();
        StringAssert.Contains(result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0801").GetMessage(), "'partial struct sum<TSelf, Tself, TOut, TOut2>'");
    }
}
