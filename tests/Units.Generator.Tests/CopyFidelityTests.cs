using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>
/// Implementations as people write them: code the copy into each instance must reproduce exactly.
/// Each case once broke the generator (found by building the standard library with it).
/// </summary>
[TestClass]
public sealed class CopyFidelityTests
{
    private static GeneratorHarness.Result Run(string units, string csharp)
    {
        var result = new GeneratorHarness().Unit("u.unit", units).CSharp("Impl.cs", csharp).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        return result;
    }

    private static void AssertCopied(GeneratorHarness.Result result)
    {
        var forwarded = result.GeneratorDiagnostics.Where(d => d.Id == "UNIT0805").ToList();
        Assert.AreEqual(0, forwarded.Count, "the implementation should be copied, not forwarded: " + string.Join("\n", forwarded));
    }

    [TestMethod]
    public void Type_arguments_that_name_other_types_are_qualified()
    {
        var result = Run("""
            namespace Demo;
            bundletype Stack_T = { void Push(int value), int Count() }
            unit stack = { exports[ s : Stack_T ]; implementation Demo.Stacks; }
            unit Top = { exports[ s : Stack_T ]; link{ [s] <- stack <- []; } }
            """, """
            namespace Demo;
            public sealed class Item(int value) { public int Value { get; } = value; }
            partial struct Stacks<TSelf>
            {
                private static readonly System.Collections.Generic.Stack< Item > s_items = new();
                public static void Push(int value) => s_items.Push(new Item(value));
                public static int Count() => s_items.Count;
            }
            """);
        AssertCopied(result);
        var assembly = result.Load();
        assembly.Call("Demo.Top+S", "Push", 3);
        Assert.AreEqual(1, assembly.Call("Demo.Top+S", "Count"));
    }

    [TestMethod]
    public void Qualified_names_inside_interpolations_stay_expressions()
    {
        var result = Run("""
            namespace Demo;
            bundletype Text_T = { string Describe(int n) }
            unit describer = { exports[ t : Text_T ]; implementation Demo.Describer; }
            unit Top = { exports[ t : Text_T ]; link{ [t] <- describer <- []; } }
            """, """
            using System;
            namespace Demo;
            partial struct Describer<TSelf>
            {
                public static string Describe(int n) => $"{n,3:D2}|{Math.Max(n, 10)}|{ Environment.NewLine.Length > 0 }";
            }
            """);
        AssertCopied(result);
        Assert.AreEqual($" 07|10|True", result.Load().Call("Demo.Top+T", "Describe", 7));
    }

    [TestMethod]
    public void Out_and_ref_parameters_match_their_bundletype()
    {
        var result = Run("""
            namespace Demo;
            bundletype Table_T = { bool TryGet(int key, out string? value), void Swap(ref int a, ref int b) }
            unit table = { exports[ t : Table_T ]; implementation Demo.Table; }
            unit Top = { exports[ t : Table_T ]; link{ [t] <- table <- []; } }
            """, """
            namespace Demo;
            partial struct Table<TSelf>
            {
                public static bool TryGet(int key, out string? value) { value = key == 1 ? "one" : null; return value is not null; }
                public static void Swap(ref int a, ref int b) => (a, b) = (b, a);
            }
            """);
        Assert.IsFalse(result.GeneratorDiagnostics.Any(d => d.Id == "UNIT0802"), result.Describe());
        var arguments = new object?[] { 1, null };
        Assert.AreEqual(true, result.Load().Call("Demo.Top+T", "TryGet", arguments));
        Assert.AreEqual("one", arguments[1]);
    }

    [TestMethod]
    public void An_export_named_like_a_namespace_does_not_hide_it()
    {
        var result = Run("""
            namespace Demo;
            bundletype Timers_T = { int Schedule(System.Action callback) }
            unit timers = { exports[ t : Timers_T ]; implementation Demo.Timers; }
            unit Clocks = { exports[ system : Timers_T ]; link{ [system] <- timers <- []; } }
            """, """
            using System;
            namespace Demo;
            partial struct Timers<TSelf>
            {
                public static int Schedule(Action callback) { callback(); return 1; }
            }
            """);
        var ran = false;
        Assert.AreEqual(1, result.Load().Call("Demo.Clocks+System_", "Schedule", new Action(() => ran = true)));
        Assert.IsTrue(ran);
    }
}
