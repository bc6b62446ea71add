using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Units.Generator.Tests;

/// <summary>
/// The pipeline's models compare by value, so edits that change nothing a step depends on are
/// served from cache (proved with the driver's tracked steps).
/// </summary>
[TestClass]
public sealed class IncrementalityTests
{
    private static readonly string[] s_steps =
    {
        TrackingNames.UnitFiles, TrackingNames.Options, TrackingNames.Program,
        TrackingNames.ImplementationParts, TrackingNames.Implementations, TrackingNames.Facts, TrackingNames.Plan,
        TrackingNames.Interfaces, TrackingNames.Headers, TrackingNames.Compositions, TrackingNames.Copies, TrackingNames.Diagnostics,
    };

    private static GeneratorHarness Harness() => ChainSystem.Harness().CSharp("Other.cs", "namespace Other; public class A { public int X() => 1; }");

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in s_steps)
        {
            if (!result.TrackedSteps.TryGetValue(step, out var runs)) continue;
            foreach (var run in runs)
            {
                foreach (var output in run.Outputs) yield return (step, output.Reason);
            }
        }
        foreach (var output in result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs))
        {
            yield return ("(source output)", output.Reason);
        }
    }

    [TestMethod]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var harness = Harness();
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Other.cs", StringComparison.Ordinal));
        var edited = compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From("namespace Other; public class A { public int X() => 2; }")));
        driver = driver.RunGenerators(edited);
        var reasons = Reasons(driver).ToList();
        Assert.IsTrue(reasons.Count > 0);
        // The facts are read from the compilation, so they are read again; being equal, nothing after them runs.
        Assert.AreEqual(IncrementalStepRunReason.Unchanged, reasons.Single(r => r.Step == TrackingNames.Facts).Reason);
        var notCached = reasons.Where(r => r.Step != TrackingNames.Facts && r.Reason != IncrementalStepRunReason.Cached).ToList();
        Assert.AreEqual(0, notCached.Count, string.Join(", ", notCached));
    }

    [TestMethod]
    public void A_unit_file_edit_that_keeps_the_model_keeps_the_output()
    {
        var harness = Harness();
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var path = harness.UnitFiles.Keys.Single();
        var edited = harness.UnitFiles[path] + "\n// a comment at the end changes the text, not the model\n";
        driver = driver.ReplaceAdditionalText(harness.AdditionalTexts.Single(), new MemoryAdditionalText(path, edited)).RunGenerators(compilation);
        var reasons = Reasons(driver).ToList();
        Assert.IsTrue(reasons.Any(r => r.Step == TrackingNames.UnitFiles && r.Reason == IncrementalStepRunReason.Modified), "the file itself changed");
        var program = reasons.Where(r => r.Step == TrackingNames.Program).Select(r => r.Reason).Single();
        Assert.AreEqual(IncrementalStepRunReason.Unchanged, program, "the model is equal");
        var output = reasons.Where(r => r.Step is TrackingNames.Compositions or "(source output)").Select(r => r.Reason).ToList();
        Assert.IsTrue(output.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(", ", output));
    }

    [TestMethod]
    public void A_unit_file_edit_that_changes_the_model_changes_the_output()
    {
        var harness = Harness();
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var path = harness.UnitFiles.Keys.Single();
        var edited = harness.UnitFiles[path].Replace("[b]     <- adder <- [end];", "[b]     <- adder <- [end];\n    [extra] <- sink <- [];");
        driver = driver.ReplaceAdditionalText(harness.AdditionalTexts.Single(), new MemoryAdditionalText(path, edited)).RunGenerators(compilation);
        var reasons = Reasons(driver).ToList();
        Assert.AreEqual(IncrementalStepRunReason.Modified, reasons.Where(r => r.Step == TrackingNames.Compositions).Select(r => r.Reason).Single());
    }

    /// <summary>Each item of a per-file output step, by the file it is for, with why it ran.</summary>
    private static List<(string Hint, IncrementalStepRunReason Reason)> Files(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step]
            .SelectMany(run => run.Outputs)
            .Select(output => (Hint: output.Value switch
            {
                Units.Compiler.Emit.CopyFile f => f.HintName,
                Units.Compiler.Emit.CompositionFile f => f.HintName,
                Units.Compiler.Emit.HeaderFile f => f.HintName,
                Units.Compiler.Emit.InterfaceFile f => f.HintName,
                _ => "?",
            }, output.Reason))
            .ToList();

    [TestMethod]
    public void A_comment_edit_in_one_implementation_regenerates_only_that_units_copies()
    {
        var harness = Harness();
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Chain.cs", StringComparison.Ordinal));
        var text = old.GetText().ToString();
        var edited = text.Replace("public static int Process(int x) => s_last = x;", "public static int Process(int x) => s_last = x; // the last value seen");
        Assert.AreNotEqual(text, edited);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(edited))));

        var copies = Files(driver, TrackingNames.Copies);
        var regenerated = copies.Where(c => c.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(c => c.Hint).ToList();
        CollectionAssert.AreEqual(new[] { "Units.Copies.Demo.Pipeline.sink.g.cs" }, regenerated, string.Join(", ", copies));
        Assert.IsTrue(copies.Count >= 3, "the other units' copies are there, cached: " + string.Join(", ", copies));
        foreach (var step in new[] { TrackingNames.Compositions, TrackingNames.Headers, TrackingNames.Interfaces })
        {
            var files = Files(driver, step);
            Assert.IsTrue(files.Count > 0 && files.All(f => f.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), step + ": " + string.Join(", ", files));
        }
    }

    [TestMethod]
    public void An_edit_that_changes_a_copy_changes_the_generated_text()
    {
        var harness = Harness();
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        string Copy(GeneratorDriver d) => d.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Units.Copies.Demo.Pipeline.sink.g.cs", StringComparison.Ordinal)).ToString();
        var before = Copy(driver);
        var old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Chain.cs", StringComparison.Ordinal));
        var edited = old.GetText().ToString().Replace("=> s_last = x;", "=> s_last = x + 1;");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(edited))));
        StringAssert.Contains(Copy(driver), "s_last = x + 1;");
        Assert.IsFalse(before.Contains("s_last = x + 1;"));
    }
}
