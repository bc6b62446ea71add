using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>
/// Problems between unit files and their C# are reported once, located in the .unit file, and the
/// generated code still compiles (stubs), so no cascade of C# errors follows.
/// </summary>
[TestClass]
public sealed class DiagnosticTests
{
    private const string Units = """
        namespace Demo;
        bundletype Value_T = { int Get() }
        unit source = {
          exports[ v : Value_T ];
          initializer Prepare for v;
        }
        unit Top = { exports[ v : Value_T ]; link{ [v] <- source <- []; } }
        """;

    /// <summary>The one expected diagnostic, with no C# errors besides.</summary>
    private static Diagnostic Single(GeneratorHarness harness, string id)
    {
        var result = harness.Run();
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), result.Describe());
        var found = result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.AreEqual(1, found.Count, result.Describe());
        Assert.AreEqual(id, found[0].Id, result.Describe());
        return found[0];
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual("/project/s.unit", span.Path);
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [TestMethod]
    public void A_missing_implementation_is_reported_at_the_unit()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("Use.cs", "namespace Demo; public static class Use { public static int Run() => Top.V.Get(); }"), "UNIT0800");
        StringAssert.Contains(diagnostic.GetMessage(), "unit 'source' has no C# implementation: add 'partial struct source<TSelf>' to namespace Demo");
        Assert.AreEqual((3, 6), Position(diagnostic));
    }

    [TestMethod]
    public void An_implementation_of_the_wrong_shape_is_reported_with_the_expected_header()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo; partial struct source<TSelf, TExtra> { public static int Get() => 1; static void Prepare() { } }"), "UNIT0801");
        StringAssert.Contains(diagnostic.GetMessage(), "must be declared 'partial struct source<TSelf>', but it is declared with <TSelf, TExtra>");
        Assert.AreEqual(1, diagnostic.AdditionalLocations.Count, "a second location points at the C# declaration");
    }

    [TestMethod]
    public void A_missing_export_member_is_reported_at_the_export()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo; partial struct source<TSelf> { public static int Got() => 1; static void Prepare() { } }"), "UNIT0802");
        StringAssert.Contains(diagnostic.GetMessage(), "does not implement export 'v': 'int Get()' is missing");
        Assert.AreEqual((4, 12), Position(diagnostic));
    }

    [TestMethod]
    public void A_member_with_another_signature_is_reported()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo; partial struct source<TSelf> { public static long Get() => 1; static void Prepare() { } }"), "UNIT0802");
        StringAssert.Contains(diagnostic.GetMessage(), "'long Get()' does not match 'int Get()'");
    }

    [TestMethod]
    public void A_missing_initializer_is_reported_at_its_clause()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo; partial struct source<TSelf> { public static int Get() => 1; }"), "UNIT0803");
        StringAssert.Contains(diagnostic.GetMessage(), "has no static method 'Prepare()' for initializer 'Prepare'");
        Assert.AreEqual((5, 15), Position(diagnostic));
    }

    [TestMethod]
    public void A_unit_with_untyped_bundles_is_not_emitted_and_says_why()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", """
            bundletype Serve_T = { serve_web, serve_file }
            unit web = { exports[ serve : Serve_T ]; }
            """), "UNIT0804");
        StringAssert.Contains(diagnostic.GetMessage(), "export 'serve' has members without C# signatures");
    }

    [TestMethod]
    public void A_composition_with_errors_becomes_stubs_that_compile()
    {
        var result = new GeneratorHarness()
            .Unit("s.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit Top = { exports[ v : Value_T ]; link{ [v] <- sourse <- []; } }")
            .CSharp("Use.cs", "namespace Demo; public static class Use { public static int Run() => Top.V.Get(); }")
            .Run();
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), result.Describe());
        Assert.AreEqual("UNIT0302", result.GeneratorDiagnostics.Single(d => d.Severity == DiagnosticSeverity.Error).Id);
        var assembly = result.Load();
        var thrown = Assert.ThrowsExactly<System.Reflection.TargetInvocationException>(() => assembly.Call("Demo.Use", "Run"));
        Assert.IsInstanceOfType<InvalidOperationException>(thrown.InnerException);
    }

    [TestMethod]
    public void Notes_become_additional_locations_and_the_help_link_is_set()
    {
        var result = new GeneratorHarness()
            .Unit("s.unit", "namespace Demo;\nbundletype A_T = { int Get() }\nbundletype A_T = { int Get() }")
            .Run();
        var duplicate = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0300");
        Assert.AreEqual(1, duplicate.AdditionalLocations.Count);
        Assert.AreEqual(1, duplicate.AdditionalLocations[0].GetLineSpan().StartLinePosition.Line);
        StringAssert.EndsWith(duplicate.Descriptor.HelpLinkUri, "docs/diagnostics.md#unit0300");
    }

    [TestMethod]
    public void When_the_build_task_checks_the_rules_the_generator_reports_only_its_own_diagnostics()
    {
        GeneratorHarness Harness() => new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                type ProcessContext <= NoContext
                type NoContext
                property context
                bundletype Value_T = { int Get() }
                unit source = { exports[ v : Value_T ]; constraints{ context exports <= ProcessContext }; }
                unit user = { imports[ v : Value_T ]; exports[ w : Value_T ]; constraints{ context imports >= NoContext }; }
                unit Top = { exports[ w : Value_T ]; link{ [v] <- source <- []; [w] <- user <- [v]; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct user<TSelf, TV> { public static int Get() => TV.Get(); }
                """);
        var everything = Harness().Run().GeneratorDiagnostics.Select(d => d.Id).ToList();
        CollectionAssert.AreEquivalent(new[] { "UNIT0603", "UNIT0800" }, everything, "the rule, and source's missing C#");

        var harness = Harness();
        harness.Properties["UnitsGeneratorReports"] = "emission";
        var emissionOnly = harness.Run().GeneratorDiagnostics.Select(d => d.Id).ToList();
        CollectionAssert.AreEquivalent(new[] { "UNIT0800" }, emissionOnly, "the task reports the rule; the generator only what needs the C#");
    }
}
