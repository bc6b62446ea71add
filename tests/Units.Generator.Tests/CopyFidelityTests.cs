using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>
/// Implementations as people write them: code the copy into each instance must reproduce exactly.
/// Each case once broke the generator (found by building the standard library with it).
/// </summary>
[TestClass]
public sealed class CopyFidelityTests
{
    private static GeneratorHarness.Result Run(string units, string csharp, NullableContextOptions nullable = NullableContextOptions.Enable) =>
        Run(new GeneratorHarness { Nullable = nullable }.Unit("u.unit", units).CSharp("Impl.cs", csharp));

    /// <summary>Runs the harness; no errors anywhere and no warnings in generated code (warnings as errors would fail the build).</summary>
    private static GeneratorHarness.Result Run(GeneratorHarness harness)
    {
        var result = harness.Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        Assert.AreEqual(0, result.InGeneratedCode.Count(), string.Join("\n", result.InGeneratedCode));
        return result;
    }

    /// <summary>A unit 'src' with one export 'value : Value_T' of the given member, composed alone in 'Top'.</summary>
    private static string OneUnit(string member, string implementation = "Demo.Src") => $$"""
        namespace Demo;
        bundletype Value_T = { {{member}} }
        unit src = { exports[ value : Value_T ]; implementation {{implementation}}; }
        unit Top = { exports[ value : Value_T ]; link{ [value] <- src <- []; } }
        """;

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

    [TestMethod]
    public void Unsafe_code_keeps_its_unsafe_context()
    {
        var result = Run(OneUnit("int Get()"), """
            namespace Demo;
            unsafe partial struct Src<TSelf>
            {
                private static int* s_cell;
                public static int Get() { int x = 41; int* p = &x; s_cell = null; return *p + 1 + (s_cell == null ? 0 : 1); }
            }
            """);
        AssertCopied(result);
        Assert.AreEqual(42, result.Load().Call("Demo.Top+Value", "Get"));
    }

    [TestMethod]
    [DataRow(NullableContextOptions.Enable, DisplayName = "file says #nullable disable")]
    [DataRow(NullableContextOptions.Disable, DisplayName = "project says <Nullable>disable")]
    public void Code_written_without_nullable_annotations_is_copied_without_them(NullableContextOptions project)
    {
        var directive = project == NullableContextOptions.Enable ? "#nullable disable\n" : string.Empty;
        var result = Run(OneUnit("string Get()"), directive + """
            namespace Demo;
            partial struct Src<TSelf>
            {
                private static string s_fallback = null;
                public static string Get() { string name = null; return name ?? s_fallback ?? "none"; }
            }
            """, project);
        AssertCopied(result);
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning), result.Describe());
        Assert.AreEqual("none", result.Load().Call("Demo.Top+Value", "Get"));
    }

    [TestMethod]
    public void Nullable_and_warning_directives_inside_members_make_no_warnings_in_copies()
    {
        var result = Run(OneUnit("string Get()"), """
            #nullable disable
            namespace Demo;
            partial struct Src<TSelf>
            {
            #nullable enable
                private static string? s_name;
            #nullable restore
            #pragma warning disable CS0168
                public static string Get() { int unused; return s_name ?? "none"; }
            #pragma warning restore CS0168
                private static void Unused() { int alsoUnused; }
            }
            """, NullableContextOptions.Enable);
        AssertCopied(result);
        Assert.AreEqual("none", result.Load().Call("Demo.Top+Value", "Get"));
        var warnings = result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        var shown = string.Join("\n", warnings);
        CollectionAssert.AreEquivalent(new[] { "CS0168", "CS0649" }, warnings.Select(w => w.Id).ToArray(), "the user's own warnings, each once: " + shown);
        Assert.IsTrue(warnings.All(w => w.Location.GetLineSpan().Path == "/project/Impl.cs"), shown);
    }

    [TestMethod]
    public void Each_file_keeps_its_own_usings_for_extension_methods()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit a = { exports[ value : Value_T ]; implementation Demo.A; }
                unit b = { exports[ value : Value_T ]; implementation Demo.B; }
                unit Top = { exports[ x : Value_T, y : Value_T ]; link{ [x] <- a <- []; [y] <- b <- []; } }
                """)
            .CSharp("Extensions.cs", """
                namespace E1 { public static class Twice { public static int Times(this int v) => 2 * v; } }
                namespace E2 { public static class Thrice { public static int Times(this int v) => 3 * v; } }
                """)
            .CSharp("A.cs", "using E1;\nnamespace Demo;\npartial struct A<TSelf> { public static int Get() => 10.Times(); }")
            .CSharp("B.cs", "using E2;\nnamespace Demo;\npartial struct B<TSelf> { public static int Get() => 10.Times(); }"));
        AssertCopied(result);
        var assembly = result.Load();
        Assert.AreEqual(20, assembly.Call("Demo.Top+X", "Get"));
        Assert.AreEqual(30, assembly.Call("Demo.Top+Y", "Get"));
    }

    [TestMethod]
    public void Extension_methods_of_the_implementations_namespace_are_found_from_another_namespace()
    {
        var result = Run(new GeneratorHarness()
            .Unit("lib.unit", "namespace Lib;\nbundletype Value_T = { int Get() }\nunit src = { exports[ value : Value_T ]; implementation Lib.Src; }")
            .Unit("app.unit", "namespace App;\ninclude \"lib.unit\"\nunit Top = { exports[ value : Value_T ]; link{ [value] <- src <- []; } }")
            .CSharp("Src.cs", """
                using System.Linq;
                namespace Lib;
                public static class Numbers { public static int Doubled(this int v) => 2 * v; }
                partial struct Src<TSelf>
                {
                    public static int Get() => (from n in new[] { 1, 2, 3 } where n > 1 select n.Doubled()).Sum();
                }
                """));
        AssertCopied(result);
        Assert.AreEqual(10, result.Load().Call("App.Top+Value", "Get"));
    }

    [TestMethod]
    public void Attributes_and_modifiers_of_the_declaration_go_with_the_copy()
    {
        var result = Run(OneUnit("int Get()"), """
            using System.ComponentModel;
            namespace Demo;
            [Description("the source"), System.Runtime.CompilerServices.SkipLocalsInit]
            readonly partial struct Src<TSelf>
            {
                public static int Get() { System.Span<int> cells = stackalloc int[4]; cells[0] = 5; return cells[0]; }
            }
            """);
        AssertCopied(result);
        var instance = result.Load().GetType("Demo.Top+Value", throwOnError: true)!;
        Assert.AreEqual("the source", instance.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false)
            .Cast<System.ComponentModel.DescriptionAttribute>().Single().Description);
        Assert.IsTrue(instance.IsDefined(typeof(System.Runtime.CompilerServices.SkipLocalsInitAttribute), false));
        Assert.IsTrue(instance.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute), false), "readonly struct");
    }

    [TestMethod]
    public void Nameof_and_typeof_keep_their_meaning()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { string Get() }
                unit inner = { exports[ value : Value_T ]; implementation Demo.Inner; }
                unit src = { imports[ inner : Value_T ]; exports[ value : Value_T ]; depends{ exports needs imports }; implementation Demo.Src; }
                unit Top = { exports[ value : Value_T ]; link{ [i] <- inner <- []; [value] <- src <- [i]; } }
                """)
            .CSharp("Impl.cs", """
                namespace Demo;
                partial struct Inner<TSelf> { public static string Get() => "inner"; }
                [System.ComponentModel.Description(nameof(Src<TSelf, TInner>))]
                partial struct Src<TSelf, TInner>
                {
                    public static string Get() =>
                        $"{nameof(Src<TSelf, TInner>)} {nameof(TInner)} {typeof(Src<TSelf, TInner>).Name} {typeof(Src<TSelf, TInner>).GetGenericTypeDefinition() == typeof(Src<,>)} {typeof(TSelf).Name}";
                }
                """));
        AssertCopied(result);
        var assembly = result.Load();
        Assert.AreEqual("Src TInner Src`2 True Value", assembly.Call("Demo.Top+Value", "Get"));
        var attribute = (System.ComponentModel.DescriptionAttribute)assembly.GetType("Demo.Top+Value")!.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false).Single();
        Assert.AreEqual("Src", attribute.Description);
    }

    [TestMethod]
    public void A_partial_member_another_generator_supplies_is_forwarded_and_said_so()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", OneUnit("bool Get(string text)"))
            .CSharp("Impl.cs", """
                namespace Demo;
                partial struct Src<TSelf>
                {
                    private static partial bool IsLong(string text);
                    public static bool Get(string text) => IsLong(text);
                }
                """)
            .Generator(new FixedSourceGenerator("Other.g.cs", "namespace Demo; partial struct Src<TSelf> { private static partial bool IsLong(string text) => text.Length > 3; }")));
        var forwarded = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0805");
        StringAssert.Contains(forwarded.GetMessage(), "'IsLong'");
        StringAssert.Contains(forwarded.GetMessage(), "another source generator");
        Assert.AreEqual(true, result.Load().Call("Demo.Top+Value", "Get", "long text"));
    }

    [TestMethod]
    public void Regions_and_conditional_code_around_the_members_are_copied_whole()
    {
        var result = Run(OneUnit("int Get()"), """
            #define FAST
            namespace Demo;
            partial struct Src<TSelf>
            {
                #region state
                private static int s_calls;
                #endregion
            #if FAST
                public static int Get() => ++s_calls + 40;
            #else
                public static int Get() => -1;
            #endif
            }
            """);
        AssertCopied(result);
        var assembly = result.Load();
        assembly.Call("Demo.Top+Value", "Get");
        Assert.AreEqual(42, assembly.Call("Demo.Top+Value", "Get"));
    }

    [TestMethod]
    public void A_composition_in_another_namespace_than_its_bundletypes_types_compiles()
    {
        var result = Run(new GeneratorHarness()
            .Unit("a.unit", "namespace Lib; bundletype Get_T = { int Get(ref Pkt p) } bundletype Count_T = { int Count() } unit src = { exports[ get : Get_T, count : Count_T ]; implementation Lib.Src; }")
            .Unit("b.unit", "namespace App; include \"a.unit\" unit Top = { exports[ counter : Count_T, getter : Get_T ]; link{ [getter, counter] <- src <- []; } }")
            .CSharp("Src.cs", "namespace Lib; public struct Pkt { public int X; } partial struct Src<TSelf> { static int s_n; public static int Get(ref Pkt p) { s_n++; return p.X; } public static int Count() => s_n; }")
            .CSharp("Use.cs", "namespace App; public static class Use { public static int Run() { var p = new Lib.Pkt { X = 7 }; return Top.Getter.Get(ref p) + Top.Counter.Count(); } }"));
        AssertCopied(result);
        Assert.AreEqual(8, result.Load().Call("App.Use", "Run"));
    }

    [TestMethod]
    public void Ordinary_csharp_of_every_kind_is_copied_and_means_the_same()
    {
        var result = Run(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Value_T = { string Get(params int[] values) }
                unit inner = { exports[ value : Value_T ]; implementation Demo.Inner; }
                unit src = { imports[ inner : Value_T ]; exports[ value : Value_T ]; depends{ exports needs imports }; implementation Demo.Src; }
                unit Top = { exports[ value : Value_T ]; link{ [i] <- inner <- []; [value] <- src <- [i]; } }
                """)
            .CSharp("Inner.cs", "namespace Demo; partial struct Inner<TSelf> { public static string Get(params int[] values) => values.Length.ToString(); }")
            .CSharp("Src.cs", """
                using System;
                using System.Collections.Generic;
                using static System.Math;
                using Pair = (int Left, int Right);
                using Cells = int[];
                namespace Demo;
                partial struct Src<TSelf, TInner>
                {
                    private static readonly List<Entry> s_entries;
                    static Src() => s_entries = new List<Entry> { new Entry("a", 1) };
                    private sealed record Entry(string Name, int Weight);
                    private static T First<T>(IEnumerable<T> items) { foreach (var item in items) return item; throw new InvalidOperationException(); }
                    public static string Get(params int[] values)
                    {
                        int Twice(int x) => 2 * x;
                        Func<int, int> add = x => x + s_entries.Count;
                        Pair pair = (Max(values[0], 3), Abs(-values[1]));
                        var kind = pair switch { { Left: > 3 } => "big", (_, 0) => "zero", _ => "small" };
                        Span<int> cells = stackalloc int[2];
                        ref int cell = ref cells[0];
                        cell = Twice(add(pair.Right));
                        Cells copy = cells.ToArray();
                        return $"{kind} {copy[0]} {First(s_entries).Name} {TInner.Get(1, 2, 3)}";
                    }
                }
                """));
        AssertCopied(result);
        Assert.AreEqual("small 6 a 3", result.Load().Call("Demo.Top+Value", "Get", new object[] { new[] { 2, 2 } }));
    }
}
