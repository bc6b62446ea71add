using Microsoft.CodeAnalysis;
using Units.Testing;

namespace Units.Generator.Tests;

/// <summary>
/// The generated C#, as data: each folder of Cases/ holds .unit and .cs inputs and expected.txt,
/// the diagnostics and every generated file. Run with UNITS_UPDATE_GOLDEN=1 after a deliberate
/// change to the emitted code, and review the diff.
/// </summary>
[TestClass]
public sealed class EmissionGoldenTests
{
    private static string CasesDirectory => Path.Combine(TestPaths.SourceDirectory, "Cases");

    public static IEnumerable<object[]> Cases =>
        Directory.GetDirectories(CasesDirectory).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    private static GeneratorHarness Harness(string name, NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        var folder = Path.Combine(CasesDirectory, name);
        var harness = new GeneratorHarness { Nullable = nullable };
        foreach (var file in Directory.GetFiles(folder, "*.unit").Order(StringComparer.Ordinal)) harness.Unit(Path.GetFileName(file), File.ReadAllText(file));
        foreach (var file in Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal)) harness.CSharp(Path.GetFileName(file), File.ReadAllText(file));
        return harness;
    }

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Generated_code_matches_the_expected_file(string name)
    {
        var folder = Path.Combine(CasesDirectory, name);
        var result = Harness(name).Run();
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), "the generated code compiles:\n" + result.Describe());
        Assert.AreEqual(0, result.InGeneratedCode.Count(), "no warnings in generated code:\n" + string.Join("\n", result.InGeneratedCode));

        var text = new System.Text.StringBuilder();
        text.Append("// ===== diagnostics\n");
        foreach (var diagnostic in result.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var span = diagnostic.Location.GetLineSpan();
            text.Append($"{diagnostic.Id} {diagnostic.Severity.ToString().ToLowerInvariant()} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage()}\n");
        }
        foreach (var source in result.Driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            text.Append($"// ===== {source.HintName}\n").Append(source.SourceText.ToString().Replace("\r\n", "\n"));
        }
        GoldenFile.AssertMatches(Path.Combine(folder, "expected.txt"), text.ToString());
    }

    /// <summary>A project with &lt;Nullable&gt;disable&lt;/Nullable&gt; compiles the same cases without errors or warnings in generated code.</summary>
    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Generated_code_compiles_cleanly_with_nullable_disabled(string name)
    {
        var result = Harness(name, NullableContextOptions.Disable).Run();
        Assert.AreEqual(0, result.CompilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), result.Describe());
        Assert.AreEqual(0, result.InGeneratedCode.Count(), string.Join("\n", result.InGeneratedCode));
    }

    [TestMethod]
    public void The_same_input_gives_byte_identical_output()
    {
        string Generate()
        {
            var folder = Path.Combine(CasesDirectory, "lifecycle");
            var harness = new GeneratorHarness();
            foreach (var file in Directory.GetFiles(folder, "*.unit")) harness.Unit(Path.GetFileName(file), File.ReadAllText(file));
            foreach (var file in Directory.GetFiles(folder, "*.cs")) harness.CSharp(Path.GetFileName(file), File.ReadAllText(file));
            return string.Concat(harness.Run().Driver.GetRunResult().GeneratedTrees.Select(t => t.FilePath + "\n" + t));
        }
        Assert.AreEqual(Generate(), Generate());
    }
}
