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
        StringAssert.Contains(diagnostic.GetMessage(), "until it is fixed, the generated C# uses the implementation's signature 'int Send(ref Demo.Packet p)'");
        Assert.AreEqual((3, 9), Position(diagnostic));
    }

    /// <summary>Two units of a relay, one calling the other through an import typed by a bundletype with a mistake.</summary>
    private const string Relay = """
        namespace Demo;
        bundletype Send_T = { int Send(ref Pakcet p) }
        unit sink = { exports[ s : Send_T ]; }
        unit relay = { imports[ next : Send_T ]; exports[ s : Send_T ]; depends{ exports needs imports }; }
        unit Top = { exports[ s : Send_T ]; link{ [end] <- sink <- []; [s] <- relay <- [end]; } }
        """;

    private const string RelayCode = """
        namespace Demo;
        public struct Packet { public int Length; }
        partial struct sink<TSelf> { public static int Send(ref Packet p) => p.Length; }
        partial struct relay<TSelf, TNext> { public static int Send(ref Packet p) { p.Length++; return TNext.Send(ref p); } }
        public static class Use { public static int Run() { var p = new Packet { Length = 1 }; return Top.S.Send(ref p); } }
        """;

    [TestMethod]
    public void A_mistyped_member_type_is_one_error_even_where_code_calls_the_member_through_imports()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Relay).CSharp("S.cs", RelayCode), "UNIT0809");
        StringAssert.Contains(diagnostic.GetMessage(), "'Pakcet'");
    }

    [TestMethod]
    public void Without_an_implementation_to_go_by_a_mistyped_member_is_left_out()
    {
        var diagnostic = Single(new GeneratorHarness()
            .Unit("s.unit", "namespace Demo;\nbundletype Send_T = { int Send(ref Pakcet p), int Count() }\nunit user = { imports[ next : Send_T ]; exports[ c : { int Total() } ]; depends{ exports needs imports }; }")
            .CSharp("S.cs", "namespace Demo; partial struct user<TSelf, TNext> { public static int Total() => TNext.Count(); }"), "UNIT0809");
        StringAssert.Contains(diagnostic.GetMessage(), "the member is left out of the generated C#");
    }

    [TestMethod]
    [DataRow("partial class relay<TSelf, TNext>", "UNIT0801", DisplayName = "a class instead of a struct")]
    [DataRow("partial struct relay<TSelf, TInner>", "UNIT0801", DisplayName = "another name for the import's type parameter")]
    [DataRow("partial record struct relay<TSelf, TNext>", "UNIT0801", DisplayName = "a record struct")]
    public void An_implementation_of_the_wrong_shape_is_one_error_and_its_code_keeps_its_constraints(string declaration, string id)
    {
        var units = Relay.Replace("Pakcet", "Packet");
        var code = RelayCode.Replace("partial struct relay<TSelf, TNext> { public static int Send(ref Packet p) { p.Length++; return TNext.Send(ref p); } }",
            declaration + " { public static int Send(ref Packet p) { p.Length++; return " + (declaration.Contains("TInner") ? "TInner" : "TNext") + ".Send(ref p); } }");
        Assert.AreNotEqual(RelayCode, code);
        Single(new GeneratorHarness().Unit("s.unit", units).CSharp("S.cs", code), id);
    }

    [TestMethod]
    public void An_implementation_in_another_namespace_is_suggested_and_its_code_keeps_its_constraints()
    {
        var units = Relay.Replace("Pakcet", "Packet").Replace("unit relay = {", "unit relay = { implementation Demo.Relays.relay;");
        var code = RelayCode.Replace("partial struct relay<TSelf, TNext>", "}\nnamespace Demo.Elements { partial struct relay<TSelf, TNext>")
            .Replace("namespace Demo;", "namespace Demo {") + "\n}";
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", units).CSharp("S.cs", code), "UNIT0800");
        StringAssert.Contains(diagnostic.GetMessage(), "did you mean 'Demo.Elements.relay' (S.cs(");
    }

    [TestMethod]
    public void A_misspelt_initializer_is_suggested()
    {
        var diagnostic = Single(new GeneratorHarness().Unit("s.unit", Units)
            .CSharp("S.cs", "namespace Demo; partial struct source<TSelf> { public static int Get() => 1; static void Prepair() { } }"), "UNIT0803");
        StringAssert.Contains(diagnostic.GetMessage(), "for initializer 'Prepare'; did you mean 'Prepair'?");
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
