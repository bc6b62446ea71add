using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>
/// <c>flatten</c>: each export member of a flattened composition is one method with the bodies
/// along its path merged in. The merged code must do exactly what the calls did.
/// </summary>
[TestClass]
public sealed class FlattenTests
{
    private static string CaseFile(string name) => File.ReadAllText(Path.Combine(TestPaths.SourceDirectory, "Cases", "flatten", name));

    private static GeneratorHarness.Result Build(bool flatten, string? units = null, string? code = null)
    {
        var text = units ?? CaseFile("flat.unit");
        if (!flatten) text = text.Replace("  flatten;\n", string.Empty);
        var result = new GeneratorHarness().Unit("flat.unit", text).CSharp("Flat.cs", code ?? CaseFile("Flat.cs")).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        return result;
    }

    /// <summary>Pushes a run of values through the pipeline: results, the values after the call (by ref) and the log.</summary>
    private static List<string> Trace(Assembly assembly)
    {
        var trace = new List<string>();
        var push = assembly.GetType("Flat.Pipeline+Input", throwOnError: true)!.GetMethod("Push")!;
        foreach (var start in new[] { 1, 7, 50, 99, 101, 250, -3 })
        {
            var arguments = new object[] { start, start % 5 };
            var result = push.Invoke(null, arguments);
            trace.Add($"{start}: {result} value={arguments[0]}");
        }
        assembly.Call("Flat.Pipeline+Log", "Write", "one");
        assembly.Call("Flat.Pipeline+Log", "Write", "two");
        var lines = (List<string>)assembly.GetType("Flat.Pipeline+Instance_st", throwOnError: true)!.GetField("Lines", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;
        trace.AddRange(lines);
        return trace;
    }

    [TestMethod]
    public void A_flattened_path_computes_what_the_calls_computed()
    {
        var flattened = Build(flatten: true);
        var merged = flattened.GeneratedText("Units.Flattened.Flat.Pipeline.g.cs");
        // The whole path is one method: no call through an import is left in it.
        Assert.IsFalse(merged.Contains("Instance_a.Push", StringComparison.Ordinal) || merged.Contains("Instance_c.Push", StringComparison.Ordinal), merged);
        StringAssert.Contains(merged, "MethodImplOptions.AggressiveInlining");
        Assert.AreEqual(0, flattened.GeneratorDiagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning), flattened.Describe());
        var expected = Trace(Build(flatten: false).Load());
        CollectionAssert.AreEqual(expected, Trace(flattened.Load()));
        StringAssert.Contains(string.Join("\n", expected), "> one");
    }

    [TestMethod]
    public void Recursion_stays_a_call_with_UNIT0821_and_the_results_hold()
    {
        const string units = """
            namespace Flat;
            bundletype Even_T = { bool IsEven(int n) }
            bundletype Odd_T = { bool IsOdd(int n) }
            unit even = { imports[ odd : Odd_T ]; exports[ e : Even_T ]; implementation Flat.Even; }
            unit odd = { imports[ even : Even_T ]; exports[ o : Odd_T ]; implementation Flat.Odd; }
            unit Parity = { exports[ e : Even_T ]; link{ [e] <- even <- [o]; [o] <- odd <- [e]; } flatten; }
            """;
        const string code = """
            namespace Flat;
            partial struct Even<TSelf, TOdd> { public static bool IsEven(int n) { if (n == 0) return true; return TOdd.IsOdd(n - 1); } }
            partial struct Odd<TSelf, TEven> { public static bool IsOdd(int n) { if (n == 0) return false; return TEven.IsEven(n - 1); } }
            """;
        var result = Build(flatten: true, units, code);
        var warning = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0821");
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
        StringAssert.Contains(warning.GetMessage(), "recursive");
        var assembly = result.Load();
        Assert.AreEqual(true, assembly.Call("Flat.Parity+E", "IsEven", 10));
        Assert.AreEqual(false, assembly.Call("Flat.Parity+E", "IsEven", 7));
    }

    [TestMethod]
    public void Arguments_are_evaluated_once_and_in_order_and_by_value_parameters_stay_the_callees()
    {
        const string units = """
            namespace Flat;
            bundletype Two_T = { int Take(int a, int b) }
            unit first = { imports[ next : Two_T ]; exports[ t : Two_T ]; implementation Flat.First; }
            unit second = { exports[ t : Two_T ]; implementation Flat.Second; }
            unit Order = { exports[ t : Two_T ]; link{ [t] <- first <- [s]; [s] <- second <- []; } flatten; }
            """;
        // The callee writes its parameter a, which is the caller's x: the caller's x must not change
        // (it is read by the lambda afterwards); and x++ in the arguments is evaluated once, after b.
        const string code = """
            namespace Flat;
            public static class Seen { public static System.Func<int>? Last; }
            partial struct First<TSelf, TNext>
            {
                public static int Take(int a, int b)
                {
                    var x = a;
                    Seen.Last = () => x;
                    return TNext.Take(b, x++);
                }
            }
            partial struct Second<TSelf>
            {
                public static int Take(int a, int b) { a = a * 10; return a + b + (Seen.Last?.Invoke() ?? 0) * 1000; }
            }
            """;
        var results = new[] { false, true }.Select(flatten =>
        {
            var assembly = Build(flatten, units, code).Load();
            return string.Join(",", new[] { (1, 2), (5, 3) }.Select(p => assembly.Call("Flat.Order+T", "Take", p.Item1, p.Item2)));
        }).ToList();
        Assert.AreEqual(results[0], results[1]);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] ")]
    public void Renamed_export_members_are_merged_or_forwarded_under_the_implementation_s_names(string outerAttribute)
    {
        // Both implementations name the member otherwise (rename); with [MethodImpl] on the outer
        // one its body cannot be merged, so the export forwards to the instance's member instead.
        const string units = """
            namespace Flat;
            bundletype Two_T = { int Take(int a, int b) }
            unit first = { imports[ next : Two_T ]; exports[ t : Two_T ]; rename{ t.Take to Grab; } implementation Flat.First; }
            unit second = { exports[ t : Two_T ]; rename{ t.Take to Seize; } implementation Flat.Second; }
            unit Order = { exports[ t : Two_T ]; link{ [t] <- first <- [s]; [s] <- second <- []; } flatten; }
            """;
        var code = """
            namespace Flat;
            partial struct First<TSelf, TNext> { ATTRIBUTEpublic static int Grab(int a, int b) => TNext.Take(b, a + 1) * 3; }
            partial struct Second<TSelf> { public static int Seize(int a, int b) => a * 10 + b; }
            """.Replace("ATTRIBUTE", outerAttribute);
        var flattened = Build(flatten: true, units, code);
        var warnings = flattened.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (outerAttribute.Length == 0) Assert.AreEqual(0, warnings.Count, flattened.Describe());
        else StringAssert.Contains(warnings.Single(d => d.Id == "UNIT0821").GetMessage(), "Grab");
        var results = new[] { flattened, Build(flatten: false, units, code) }.Select(r =>
        {
            var assembly = r.Load();
            return string.Join(",", new[] { (1, 2), (5, 3) }.Select(p => assembly.Call("Flat.Order+T", "Take", p.Item1, p.Item2)));
        }).ToList();
        Assert.AreEqual("66,108", results[1]); // (2·10 + 2)·3 and (3·10 + 6)·3
        Assert.AreEqual(results[1], results[0]);
    }

    [TestMethod]
    public void Flatten_on_an_atomic_unit_is_UNIT0822_at_the_unit()
    {
        var units = CaseFile("flat.unit").Replace("implementation Flat.Sink; }", "implementation Flat.Sink; flatten; }");
        var result = Build(flatten: true, units);
        var warning = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0822");
        StringAssert.Contains(warning.GetMessage(), "'sink'");
        Assert.AreEqual(7, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    /// <summary>
    /// The benchmark's router, flattened and not, compiled from the benchmark's own files: 4,096
    /// packets through each (the state of every element evolving as the packets pass), with the
    /// same verdict and the same packet afterwards, at 40 and 80 elements.
    /// </summary>
    [TestMethod]
    [DataRow(40)]
    [DataRow(80)]
    public void The_flattened_router_agrees_with_the_unflattened_one_packet_by_packet(int n)
    {
        var router = Path.Combine(TestPaths.RepositoryDirectory, "tests", "Units.Benchmarks", "Router");
        const string drive = """
            namespace Units.Benchmarks.Router;
            public static class Drive
            {
                public static string Run(int packets)
                {
                    var templates = Packet.Templates();
                    var differences = 0;
                    long sum = 0;
                    for (var i = 0; i < packets; i++)
                    {
                        var a = templates[i & 15];
                        a.Ttl = (byte)(i % 7 == 0 ? 2 : 255);
                        var b = a;
                        var flat = Router{N}.Input.Push(ref a);
                        var calls = UnflatRouter{N}.Input.Push(ref b);
                        if (flat != calls || a.Dst != b.Dst || a.Ttl != b.Ttl || a.Checksum != b.Checksum || a.Priority != b.Priority) differences++;
                        sum += flat;
                    }
                    return differences + " differences, sum " + sum;
                }
            }
            """;
        var result = new GeneratorHarness()
            .Unit("elements.unit", File.ReadAllText(Path.Combine(router, "elements.unit")))
            .Unit($"Generated/router{n}.unit", File.ReadAllText(Path.Combine(router, "Generated", $"router{n}.unit")))
            .Unit($"Generated/unflatrouter{n}.unit", File.ReadAllText(Path.Combine(router, "Generated", $"unflatrouter{n}.unit")))
            .CSharp("UnitElements.cs", File.ReadAllText(Path.Combine(router, "UnitElements.cs")))
            .CSharp("Packet.cs", File.ReadAllText(Path.Combine(TestPaths.RepositoryDirectory, "tests", "Units.Benchmarks.Library", "Router", "Packet.cs")))
            .CSharp("Usings.cs", "global using System;") // the benchmark project has ImplicitUsings
            .CSharp("Drive.cs", drive.Replace("{N}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        Assert.AreEqual(0, result.GeneratorDiagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning), result.Describe());
        var merged = result.GeneratedText($"Units.Flattened.Units.Benchmarks.Router.Router{n}.g.cs");
        Assert.IsFalse(merged.Contains(".Push(ref", StringComparison.Ordinal), "every element's body is merged: no call is left");
        var assembly = result.Load();
        var outcome = (string)assembly.Call("Units.Benchmarks.Router.Drive", "Run", 4096)!;
        StringAssert.StartsWith(outcome, "0 differences", outcome);
        // Every element's state (its counters too, which no verdict shows) is its own and evolved alike.
        var flat = assembly.GetType($"Units.Benchmarks.Router.Router{n}", throwOnError: true)!;
        var calls = assembly.GetType($"Units.Benchmarks.Router.UnflatRouter{n}", throwOnError: true)!;
        var compared = 0;
        foreach (var instance in flat.GetNestedTypes().Where(t => t.Name.StartsWith("Instance_", StringComparison.Ordinal)))
        {
            // Unflattened, the instance that supplies the export is the export's struct.
            var counterpart = calls.GetNestedType(instance.Name == "Instance_input" ? "Input" : instance.Name)!;
            foreach (var field in instance.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Where(f => !f.IsLiteral))
            {
                var other = counterpart.GetField(field.Name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
                Assert.AreEqual(other.GetValue(null), field.GetValue(null), $"{instance.Name}.{field.Name}");
                compared++;
            }
        }
        Assert.IsTrue(compared >= n, $"{compared} fields compared");
    }

    [TestMethod]
    public void Unsafe_code_is_merged_into_an_unsafe_method_and_what_cannot_be_merged_says_why()
    {
        const string units = """
            namespace Flat;
            bundletype Step_T = { int Run(int x) }
            unit pointer = { imports[ next : Step_T ]; exports[ s : Step_T ]; implementation Flat.Pointer; }
            unit scratch = { imports[ next : Step_T ]; exports[ s : Step_T ]; implementation Flat.Scratch; }
            unit last = { exports[ s : Step_T ]; implementation Flat.Last; }
            unit Path = { exports[ s : Step_T ]; link{ [s] <- pointer <- [a]; [a] <- scratch <- [b]; [b] <- last <- []; } flatten; }
            """;
        const string code = """
            namespace Flat;
            partial struct Pointer<TSelf, TNext> { public static unsafe int Run(int x) { int* p = &x; *p += 1; return TNext.Run(*p); } }
            partial struct Scratch<TSelf, TNext> { public static int Run(int x) { System.Span<int> s = stackalloc int[2]; s[0] = x; return TNext.Run(s[0] * 2); } }
            partial struct Last<TSelf> { public static int Run(int x) => x + 100; }
            """;
        // The harness compiles with unsafe code allowed, as a project that writes it must.
        var result = new GeneratorHarness().Unit("flat.unit", units).CSharp("Flat.cs", code).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        StringAssert.Contains(result.GeneratedText("Units.Flattened.Flat.Path.g.cs"), "public static unsafe int Run(int x)");
        var warning = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0821");
        StringAssert.Contains(warning.GetMessage(), "stackalloc");
        Assert.AreEqual(104, result.Load().Call("Flat.Path+S", "Run", 1));
    }
}
