using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Tests.Support;

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
        var actual = TestCompiler.Format(Run(golden));
        GoldenFile.AssertMatches(golden.ExpectedPath, actual);
    }

    internal static EquatableArray<Diagnostic> Run(GoldenCase golden)
    {
        var (root, definitions, extraFiles) = golden.ReadArgs();
        var files = Directory.EnumerateFiles(golden.Directory, "*.unit", golden.IsFolder ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => new KeyValuePair<string, string>(Path.GetRelativePath(golden.Directory, f).Replace('\\', '/'), File.ReadAllText(f)));
        var provider = new InMemorySourceProvider(files);
        var compilation = UnitCompilation.Create(new[] { golden.MainFile }.Concat(extraFiles), provider, new Variables(definitions));
        return compilation.Check(root).Diagnostics;
    }

    [TestMethod]
    public void Every_diagnostic_id_has_a_case_that_produces_it()
    {
        var produced = new HashSet<string>(GoldenCase.All(CasesRoot).SelectMany(c => Run(c)).Select(d => d.Id));
        var missing = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !produced.Contains(id)).ToList();
        Assert.AreEqual(0, missing.Count, "no golden case produces: " + string.Join(", ", missing));
    }
}
