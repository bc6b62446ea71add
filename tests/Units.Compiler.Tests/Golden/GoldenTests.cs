using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Tests.Support;
using Units.Testing;

namespace Units.Compiler.Tests.Golden;

/// <summary>Runs every case under Cases/ and compares its diagnostics with the expected file.</summary>
[TestClass]
public sealed class GoldenTests
{
    private static string CasesRoot => Path.Combine(TestPaths.SourceDirectory, "Cases");

    public static IEnumerable<object[]> Cases => GoldenCase.All(CasesRoot).Select(c => new object[] { c });

    public static string CaseName(System.Reflection.MethodInfo method, object[] data) => data[0].ToString()!;

    [TestMethod]
    [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(CaseName))]
    public void Case_produces_expected_diagnostics(GoldenCase golden)
    {
        var result = Check(golden, out var flags, out var compilation);
        var actual = TestCompiler.Format(result.Diagnostics);
        if (flags.ContainsKey("--schedule")) actual += ScheduleText(result);
        if (flags.TryGetValue("--explain", out var target)) actual += ExplainText(result, compilation, target, flags["--property"]);
        GoldenFile.AssertMatches(golden.ExpectedPath, actual);
    }

    /// <summary>Each root's initializer order, then its finalizer order.</summary>
    private static string ScheduleText(CheckResult result) => string.Concat(result.Compositions.Select(c =>
        $"-- schedule of {c.Root.Name}\ninitializers:\n{string.Concat(c.Schedule.Initializers.Select(i => $"  {i.Name}\n"))}" +
        $"finalizers:\n{string.Concat(c.Schedule.Finalizers.Select(f => $"  {f.Name}\n"))}"));

    private static string ExplainText(CheckResult result, UnitCompilation compilation, string target, string property)
    {
        var explanation = Units.Compiler.Constraints.Explainer.Explain(result.Compositions.Single(), target, property, compilation.Rules);
        var text = explanation.Error ?? string.Join("\n", explanation.Values.Select(v => v.Format()));
        return $"-- explain {target} --property {property}\n{text}\n";
    }

    internal static EquatableArray<Diagnostic> Run(GoldenCase golden) => Check(golden, out _, out _).Diagnostics;

    private static CheckResult Check(GoldenCase golden, out Dictionary<string, string> flags, out UnitCompilation compilation)
    {
        var (root, definitions, extraFiles) = golden.ReadArgs(out flags);
        var files = Directory.EnumerateFiles(golden.Directory, "*.unit", golden.IsFolder ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(golden.Directory, f).Replace('\\', '/'), File.ReadAllText(f)));
        var provider = new InMemorySourceProvider(files);
        // As every front end: includes read only the case's directory ("" among relative keys).
        var libraries = flags.TryGetValue("--library", out var library) ? UnitLibraries.Parse(new[] { library }) : UnitLibraries.None;
        var policy = new LoadingPolicy(new[] { string.Empty }, FrontEnd.Tool, libraries);
        compilation = UnitCompilation.Create(new[] { golden.MainFile }.Concat(extraFiles), provider, new Variables(definitions), policy);
        return compilation.Check(root);
    }

    /// <summary>Emission diagnostics need C# code and are produced by the generator's tests (Units.Generator.Tests).</summary>
    [TestMethod]
    public void Every_diagnostic_id_has_a_case_that_produces_it()
    {
        var produced = new HashSet<string>(GoldenCase.All(CasesRoot).SelectMany(c => Run(c)).Select(d => d.Id));
        // UNIT0104 needs ten thousand syntax errors in one file: HostileInputTests produces it.
        var elsewhere = new[] { DiagnosticDescriptors.TooManyErrors.Id };
        // Emission's come from the generator (its tests), the tools' from the task and the CLI (theirs).
        var missing = DiagnosticDescriptors.All.Where(d => d.Phase is not (DiagnosticPhase.Emission or DiagnosticPhase.Tooling)).Select(d => d.Id)
            .Where(id => !produced.Contains(id) && !elsewhere.Contains(id)).ToList();
        Assert.AreEqual(0, missing.Count, "no golden case produces: " + string.Join(", ", missing));
    }
}
