using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>
/// Units from another assembly: a library project publishes its unit files and compiled
/// implementations; a project that references it includes "Lib:file.unit" and composes the
/// library's units with its own, instantiating them from metadata without their source.
/// </summary>
[TestClass]
public sealed class LibraryTests
{
    private const string LibraryUnits = """
        namespace Lib;
        type ProcessContext <= NoContext
        type NoContext
        property context
        bundletype Count_T = { int Next() }
        bundletype Even_T = { bool IsEven(int n) }
        bundletype Odd_T = { bool IsOdd(int n) }
        /*# Counts from 100 after Init. #*/
        unit counter = { exports[ c : Count_T ]; initializer Init for c; implementation Lib.Counter; }
        unit doubler = { imports[ inner : Count_T ]; exports[ c : Count_T ]; }
        unit sleepy = { exports[ c : Count_T ]; constraints{ context exports <= ProcessContext; }; }
        unit even = { imports[ odd : Odd_T ]; exports[ e : Even_T ]; }
        unit odd = { imports[ even : Even_T ]; exports[ o : Odd_T ]; }
        """;

    private const string LibraryCode = """
        namespace Lib;
        partial struct Counter<TSelf>
        {
            private static int s_next;
            public static int Next() => ++s_next;
            private static void Init() => s_next = 100;
        }
        partial struct doubler<TSelf, TInner> { public static int Next() => TInner.Next() * 2; }
        partial struct sleepy<TSelf> { public static int Next() { System.Threading.Thread.Sleep(0); return 7; } }
        partial struct even<TSelf, TOdd> { public static bool IsEven(int n) => n == 0 || TOdd.IsOdd(n - 1); }
        partial struct odd<TSelf, TEven> { public static bool IsOdd(int n) => n != 0 && TEven.IsEven(n - 1); }
        """;

    /// <summary>The library as its own project builds it (UnitsPublish on, as by default in a build).</summary>
    private static byte[] BuildLibrary(string code = LibraryCode)
    {
        var library = new GeneratorHarness { AssemblyName = "Lib" }.Unit("lib.unit", LibraryUnits).CSharp("Lib.cs", code);
        library.Properties["UnitsPublish"] = "true";
        var result = library.Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        return result.Image();
    }

    private static GeneratorHarness Consumer(byte[] library, string units) => new GeneratorHarness()
        .LibraryUnit("Lib", "lib.unit", LibraryUnits)
        .Unit("app.unit", units)
        .CSharp("Empty.cs", "namespace App;")
        .WithReference(library);

    private const string TopOfLibraryUnits = """
        include "Lib:lib.unit"
        namespace App;
        unit Top = {
          exports[ a : Count_T, b : Count_T, d : Count_T, e : Even_T ];
          link{
            [a] <- counter <- [];
            [b] <- counter <- [];
            [x] <- counter <- [];
            [d] <- doubler <- [x];
            [e] <- even <- [o];
            [o] <- odd <- [e];
          }
        }
        """;

    /// <summary>Per-instance state, initializers and a cycle, whichever way the library's code reaches the instances.</summary>
    private static void AssertTopBehaves(GeneratorHarness.Result result, byte[] library)
    {
        var app = result.Load(library);
        app.Call("App.Top", "Initialize");
        Assert.AreEqual(101, app.Call("App.Top+A", "Next"));
        Assert.AreEqual(102, app.Call("App.Top+A", "Next"));
        Assert.AreEqual(101, app.Call("App.Top+B", "Next"), "each instance has its own static state");
        Assert.AreEqual(202, app.Call("App.Top+D", "Next"));
        Assert.AreEqual(true, app.Call("App.Top+E", "IsEven", 10));
        Assert.AreEqual(false, app.Call("App.Top+E", "IsEven", 7));
    }

    [TestMethod]
    public void A_library_unit_is_copied_from_the_code_its_library_ships_with_state_per_instance_and_cycles()
    {
        var library = BuildLibrary();
        var result = Consumer(library, TopOfLibraryUnits).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        Assert.AreEqual(0, result.GeneratorDiagnostics.Count(d => d.Severity >= DiagnosticSeverity.Info), result.Describe());
        // The library's interfaces and implementation headers are in its assembly, not generated again.
        Assert.IsFalse(result.HintNames.Any(h => h.Contains("Interface.Lib", StringComparison.Ordinal) || h.Contains("Unit.Lib", StringComparison.Ordinal)),
            string.Join(", ", result.HintNames));
        // Its code is copied into each instance, as the project's own would be: no call into the library.
        var copies = result.GeneratedText("Units.Copies.App.Top.Counter.g.cs");
        StringAssert.Contains(copies, "partial struct Instance_x");
        var composition = result.GeneratedText("Units.Composition.App.Top.g.cs");
        Assert.IsFalse(composition.Contains("global::Lib.Counter<", StringComparison.Ordinal), composition);
        StringAssert.Contains(composition, "Instance_x.Init();");
        AssertTopBehaves(result, library);
    }

    [TestMethod]
    public void Library_code_that_names_what_is_not_public_stays_behind_with_UNIT0820_and_instances_forward()
    {
        // The counter's start value comes from an internal helper: another assembly could not compile a copy.
        var code = LibraryCode.Replace("private static void Init() => s_next = 100;", "private static void Init() => s_next = Start.Value;")
            + "\ninternal static class Start { public const int Value = 100; }\n";
        var library = new GeneratorHarness { AssemblyName = "Lib" }.Unit("lib.unit", LibraryUnits).CSharp("Lib.cs", code);
        library.Properties["UnitsPublish"] = "true";
        var built = library.Run();
        Assert.AreEqual(0, built.Errors.Count(), built.Describe());
        var notShipped = built.GeneratorDiagnostics.Single(d => d.Id == "UNIT0820");
        StringAssert.Contains(notShipped.GetMessage(), "'Lib.Start'");
        Assert.AreEqual("/project/lib.unit", notShipped.Location.GetLineSpan().Path);
        Assert.IsFalse(built.HintNames.Contains("Units.Template.Lib.Counter.g.cs"));
        Assert.IsTrue(built.HintNames.Contains("Units.Template.Lib.doubler.g.cs"), "the others still ship");

        var image = built.Image();
        var result = Consumer(image, TopOfLibraryUnits).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        StringAssert.Contains(result.GeneratedText("Units.Composition.App.Top.g.cs"), "global::Lib.Counter<Instance_x>.__Units_Call_Init()");
        Assert.IsFalse(result.HintNames.Contains("Units.Copies.App.Top.Counter.g.cs"));
        AssertTopBehaves(result, image);
    }

    [TestMethod]
    public void The_rules_span_the_library_boundary_and_point_into_the_library_file()
    {
        var result = Consumer(BuildLibrary(), """
            include "Lib:lib.unit"
            namespace App;
            unit handler = { imports[ c : Count_T ]; exports[ h : { int Handle() } ]; constraints{ context imports >= NoContext; }; }
            unit Top = { exports[ h : { int Handle() } ]; link{ [c] <- sleepy <- []; [h] <- handler <- [c]; } }
            """).CSharp("Handler.cs", "namespace App; partial struct handler<TSelf, TC> { public static int Handle() => TC.Next(); }").Run();
        var errors = result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.AreEqual(1, errors.Count, result.Describe());
        var violation = errors[0];
        Assert.AreEqual("UNIT0603", violation.Id, result.Describe());
        var places = new[] { violation.Location }.Concat(violation.AdditionalLocations).Select(l => l.GetLineSpan().Path).ToList();
        CollectionAssert.Contains(places, "/libraries/Lib/units/lib.unit", "the path names the library's constraint: " + violation);
    }

    [TestMethod]
    public void Unit_files_without_the_library_assembly_are_UNIT0818_at_the_library_file()
    {
        var result = new GeneratorHarness()
            .LibraryUnit("Lib", "lib.unit", LibraryUnits)
            .Unit("app.unit", """
                include "Lib:lib.unit"
                namespace App;
                unit Top = { exports[ a : Count_T ]; link{ [a] <- counter <- []; } }
                """)
            .Run();
        var missing = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0818");
        Assert.AreEqual("/libraries/Lib/units/lib.unit", missing.Location.GetLineSpan().Path);
        StringAssert.Contains(missing.GetMessage(), "'Lib.Counter'");
        // The composition still compiles (the instance is a stub): one mistake, one error.
        Assert.AreEqual(1, result.Errors.Count(), result.Describe());
    }

    [TestMethod]
    public void An_internal_implementation_is_UNIT0819_not_a_CSharp_error_in_generated_code()
    {
        var library = BuildLibrary(LibraryCode.Replace("partial struct Counter<TSelf>", "internal partial struct Counter<TSelf>"));
        var result = Consumer(library, """
            include "Lib:lib.unit"
            namespace App;
            unit Top = { exports[ a : Count_T ]; link{ [a] <- counter <- []; } }
            """).Run();
        var error = result.Errors.Single();
        Assert.AreEqual("UNIT0819", error.Id, result.Describe());
        StringAssert.Contains(error.GetMessage(), "not public in assembly 'Lib'");
    }

    [TestMethod]
    public void A_published_header_is_public_with_public_accessors_and_an_unpublished_one_is_not()
    {
        var published = new GeneratorHarness().Unit("lib.unit", LibraryUnits).CSharp("Lib.cs", LibraryCode);
        published.Properties["UnitsPublish"] = "true";
        var header = published.Run().GeneratedText("Units.Unit.Lib.Counter.g.cs");
        StringAssert.Contains(header, "public partial struct Counter<TSelf>");
        StringAssert.Contains(header, "public static void __Units_Call_Init() => Init();");
        var own = new GeneratorHarness().Unit("lib.unit", LibraryUnits).CSharp("Lib.cs", LibraryCode).Run().GeneratedText("Units.Unit.Lib.Counter.g.cs");
        Assert.IsFalse(own.Contains("public partial struct", StringComparison.Ordinal), own);
    }
}
