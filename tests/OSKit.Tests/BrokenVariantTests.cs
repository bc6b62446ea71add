using Microsoft.Build.Utilities;
using Units.Build;
using Units.Compiler;
using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Testing;

namespace OSKit.Tests;

/// <summary>
/// oskit-sample/broken: each variant breaks one design rule, and both `units check` (the compiler
/// core) and the build's UnitsCheck task must reject it with the right diagnostic. The expected
/// diagnostics, with their explanations, are golden files in BrokenVariants/.
/// </summary>
[TestClass]
public sealed class BrokenVariantTests
{
    public static IEnumerable<object[]> Variants =>
        Directory.GetFiles(Path.Combine(Repository.Sample, "broken"), "*.unit").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    private static string VariantPath(string name) => Path.Combine(Repository.Sample, "broken", name + ".unit");

    [TestMethod]
    public void There_are_at_least_five_variants_each_with_its_expected_diagnostics()
    {
        var names = Variants.Select(v => (string)v[0]).ToList();
        CollectionAssert.IsSubsetOf(new[] { "missing-lock-decorator", "lock-in-bottom-half", "blocking-strategy", "mixed-families", "initializer-cycle" }, names);
        foreach (var name in names) Assert.IsTrue(File.Exists(Path.Combine(Repository.SourceDirectory, "BrokenVariants", name + ".expected")), name);
    }

    [TestMethod]
    [DynamicData(nameof(Variants))]
    public void Units_check_rejects_the_variant_with_the_expected_diagnostics(string name)
    {
        var result = UnitCompilation.Create([VariantPath(name)], FileSystemSourceProvider.Instance, Variables.None, Repository.Policy).Check();
        Assert.AreEqual(1, result.Diagnostics.Count(d => d.IsError), "one error per variant: one root cause");
        var text = string.Concat(result.Diagnostics.Select(d => DiagnosticFormatter.FormatWithNotes(d) + "\n")).Replace(Repository.Root.Replace('\\', '/') + "/", "");
        GoldenFile.AssertMatches(Path.Combine(Repository.SourceDirectory, "BrokenVariants", name + ".expected"), text);
    }

    [TestMethod]
    [DynamicData(nameof(Variants))]
    public void The_build_task_rejects_the_variant_at_the_same_place(string name)
    {
        var expected = UnitCompilation.Create([VariantPath(name)], FileSystemSourceProvider.Instance, Variables.None, Repository.Policy).Check().Diagnostics.Single(d => d.IsError);
        var engine = new RecordingBuildEngine();
        var task = TaskAsTheSampleBuildSetsIt(engine, Directory.GetFiles(Repository.Sample, "*.unit").Append(VariantPath(name)));
        Assert.IsFalse(task.Execute());
        var error = engine.Errors.Single();
        Assert.AreEqual(expected.Id, error.Code);
        Assert.AreEqual(Path.GetFullPath(expected.Location.Path), Path.GetFullPath(error.File));
        Assert.AreEqual((expected.Location.Start.Line, expected.Location.Start.Column), (error.LineNumber, error.ColumnNumber));
        StringAssert.StartsWith(error.HelpLink, "https://");
    }

    [TestMethod]
    public void The_sample_itself_checks_clean_with_units_check_and_the_task()
    {
        var files = Directory.GetFiles(Repository.Sample, "*.unit").Order(StringComparer.Ordinal).ToList();
        var result = UnitCompilation.Create(files, FileSystemSourceProvider.Instance, Variables.None, Repository.Policy).Check();
        Assert.AreEqual(0, result.Diagnostics.Count, string.Join("\n", result.Diagnostics.Select(DiagnosticFormatter.FormatWithNotes)));
        Assert.AreEqual(6, result.Roots.Count, "the six systems");
        var engine = new RecordingBuildEngine();
        var task = TaskAsTheSampleBuildSetsIt(engine, files);
        Assert.IsTrue(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.AreEqual(0, engine.Errors.Count + engine.Warnings.Count);
    }

    /// <summary>
    /// The task as the sample's build sets it: the given unit files, and the standard library's as
    /// library files (what the ProjectReference to Units.Stdlib gives); includes allowed in the
    /// project and the library only.
    /// </summary>
    private static UnitsCheck TaskAsTheSampleBuildSetsIt(RecordingBuildEngine engine, IEnumerable<string> files) => new()
    {
        BuildEngine = engine,
        UnitFiles = files.Select(f => new TaskItem(f)).ToArray(),
        LibraryFiles = Directory.GetFiles(Repository.StdlibUnits, "*.unit").Select(f => new TaskItem(f, new Dictionary<string, string>
        {
            ["UnitsLibrary"] = "Units.Stdlib",
            ["UnitsLibraryRoot"] = Repository.StdlibUnits + "/",
        })).ToArray(),
        ProjectDirectory = Repository.Sample,
        TreatWarningsAsErrors = true,
    };
}
