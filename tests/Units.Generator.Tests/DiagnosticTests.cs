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

    [TestMethod]
    [DataRow("static partial class source<TSelf> { public static int Get() => 1; static void Prepare() { } }", "'static partial class source<TSelf>'")]
    [DataRow("struct source<TSelf> { public static int Get() => 1; static void Prepare() { } }", "'struct source<TSelf>'")]
    [DataRow("partial struct source<T> { public static int Get() => 1; static void Prepare() { } }", "'partial struct source<T>'")]
    [DataRow("partial class Outer { partial struct source<TSelf> { public static int Get() => 1; static void Prepare() { } } }", "nested in another type")]
    public void A_type_of_another_kind_is_the_wrong_shape_not_a_missing_implementation(string declaration, string described)
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units).CSharp("S.cs", "namespace Demo; " + declaration), "UNIT0801");
        StringAssert.Contains(diagnostic.GetMessage(), "must be declared 'partial struct source<TSelf>', but");
        StringAssert.Contains(diagnostic.GetMessage(), described);
        Assert.AreEqual("/project/S.cs", diagnostic.AdditionalLocations.Single().GetLineSpan().Path);
    }

    [TestMethod]
    public void A_mismatched_member_is_also_located_at_the_member_in_csharp()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo;\npartial struct source<TSelf>\n{\n    public static long Get() => 1;\n    static void Prepare() { }\n}"), "UNIT0802");
        var member = diagnostic.AdditionalLocations.Single().GetLineSpan();
        Assert.AreEqual(("/project/S.cs", 4, 24), (member.Path, member.StartLinePosition.Line + 1, member.StartLinePosition.Character + 1));
        StringAssert.Contains(diagnostic.GetMessage(), "/project/S.cs(4,24,4,27): note: the implementation's member is declared here");
    }

    [TestMethod]
    public void An_unknown_type_in_a_bundletype_member_is_reported_at_the_member_with_no_csharp_errors()
    {
        var diagnostic = Single(new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                bundletype Send_T = {
                    int Send(ref Pakcet p),
                    int Count(),
                }
                unit sender = { exports[ s : Send_T ]; }
                unit Top = { exports[ s : Send_T ]; link{ [s] <- sender <- []; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                public struct Packet { public int Length; }
                partial struct sender<TSelf> { public static int Send(ref Packet p) => p.Length; public static int Count() => 1; }
                public static class Use { public static int Run() => Top.S.Count(); }
                """), "UNIT0809");
        StringAssert.Contains(diagnostic.GetMessage(), "'Pakcet' in member 'Send' of bundletype 'Send_T' is not a C# type the project knows");
        Assert.AreEqual((3, 9), Position(diagnostic));
    }

    [TestMethod]
    public void A_bundletype_named_like_a_csharp_type_is_reported_at_the_bundletype_not_in_generated_code()
    {
        var diagnostic = Single(new GeneratorHarness()
            .Unit("s.unit", "namespace Demo;\nbundletype Value_T = { int Get() }")
            .CSharp("S.cs", "namespace Demo;\npublic class Value_T { }"), "UNIT0810");
        StringAssert.Contains(diagnostic.GetMessage(), "bundletype 'Value_T' becomes the C# type 'Demo.Value_T', but the project already declares 'class Value_T'");
        Assert.AreEqual((2, 12), Position(diagnostic));
        Assert.AreEqual((1, 13), (diagnostic.AdditionalLocations.Single().GetLineSpan().StartLinePosition.Line, diagnostic.AdditionalLocations.Single().GetLineSpan().StartLinePosition.Character));
    }

    [TestMethod]
    public void A_compound_named_like_a_csharp_class_is_reported_at_the_compound()
    {
        var diagnostic = Single(new GeneratorHarness()
            .Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo; partial struct source<TSelf> { public static int Get() => 1; static void Prepare() { } } public sealed class Top { }"), "UNIT0810");
        StringAssert.Contains(diagnostic.GetMessage(), "compound unit 'Top' becomes the C# type 'Demo.Top', but the project already declares 'class Top'");
    }

    [TestMethod]
    public void Calling_a_member_an_import_does_not_have_is_one_csharp_error_at_the_users_line()
    {
        var result = new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                bundletype Out_T = { void Push(int x) }
                unit sink = { exports[ o : Out_T ]; }
                unit relay = { imports[ out : Out_T ]; exports[ o : Out_T ]; depends{ exports needs imports }; }
                unit One = { exports[ o : Out_T ]; link{ [s] <- sink <- []; [o] <- relay <- [s]; } }
                unit Two = { exports[ o : Out_T ]; link{ [s] <- sink <- []; [o] <- relay <- [s]; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct sink<TSelf> { public static void Push(int x) { } }
                partial struct relay<TSelf, TOut>
                {
                    public static void Push(int x) => TOut.Send(x);
                }
                """)
            .Run();
        var errors = result.Errors.ToList();
        Assert.AreEqual(1, errors.Count, result.Describe());
        var span = errors[0].Location.GetLineSpan();
        Assert.AreEqual(("/project/S.cs", 5, 39), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1), result.Describe());
        Assert.IsFalse(result.HintNames.Any(h => h.Contains(".relay.", StringComparison.Ordinal) && h.StartsWith("Units.Copies", StringComparison.Ordinal)),
            "code with an error of its own is forwarded, not copied into each composition");
    }

    [TestMethod]
    public void A_project_on_an_old_csharp_version_is_told_which_it_needs()
    {
        var harness = new GeneratorHarness { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10 }.Unit("s.unit", "namespace Demo;\nbundletype Value_T = { int Get() }");
        var diagnostic = harness.Run().GeneratorDiagnostics.Single(d => d.Id == "UNIT0811");
        StringAssert.Contains(diagnostic.GetMessage(), "needs C# 11 or later");
        StringAssert.Contains(diagnostic.GetMessage(), "uses C# 10.0");
    }

    [TestMethod]
    public void A_composition_with_errors_keeps_its_manifest()
    {
        var result = new GeneratorHarness()
            .Unit("s.unit", "namespace Demo;\nbundletype Value_T = { int Get() }\nunit Top = { exports[ v : Value_T ]; link{ [v] <- sourse <- []; } }")
            .CSharp("Use.cs", "namespace Demo; public static class Use { public static string Run() => Top.Manifest.Name + Top.Manifest.Links.Length; }")
            .Run();
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), result.Describe());
        Assert.AreEqual("Top0", result.Load().Call("Demo.Use", "Run"));
    }

    [TestMethod]
    public void Generator_diagnostics_are_whole_notes_and_end_positions_as_the_cli_prints_them()
    {
        const string units = """
            namespace Demo;
            type ProcessContext <= NoContext
            type NoContext
            property context
            bundletype Value_T = { int Get() }
            unit mutex = { exports[ v : Value_T ]; constraints{ context exports <= ProcessContext }; }
            unit irq = { imports[ v : Value_T ]; exports[ w : Value_T ]; depends{ exports needs imports }; constraints{ context imports >= NoContext }; }
            unit Top = { exports[ w : Value_T ]; link{ [v] <- mutex <- []; [w] <- irq <- [v]; } }
            """;
        var fromGenerator = new GeneratorHarness().Unit("s.unit", units).Run().GeneratorDiagnostics.Single(d => d.Id == "UNIT0603");
        var compilation = global::Units.Compiler.UnitCompilation.Create(new[] { "/project/s.unit" },
            new global::Units.Compiler.Loading.InMemorySourceProvider(new[] { new KeyValuePair<string, string>("/project/s.unit", units) }), global::Units.Compiler.Loading.Variables.None);
        var fromCore = compilation.Check().Diagnostics.Single(d => d.Id == "UNIT0603");
        Assert.IsTrue(fromCore.Notes.Count >= 3, "the rule's chain of reasons");
        Assert.AreEqual(global::Units.Compiler.Diagnostics.DiagnosticFormatter.MessageWithNotes(fromCore), fromGenerator.GetMessage());
        Assert.AreEqual(fromCore.Notes.Count(n => !n.Location.IsNone), fromGenerator.AdditionalLocations.Count);
        var span = fromGenerator.Location.GetLineSpan();
        Assert.AreEqual((fromCore.Location.Start.Line, fromCore.Location.Start.Column, fromCore.Location.End.Line, fromCore.Location.End.Column),
            (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1));
        var note = fromGenerator.AdditionalLocations[0].GetLineSpan();
        var first = fromCore.Notes.First(n => !n.Location.IsNone).Location;
        Assert.AreEqual((first.End.Line, first.End.Column), (note.EndLinePosition.Line + 1, note.EndLinePosition.Character + 1));
    }
}
