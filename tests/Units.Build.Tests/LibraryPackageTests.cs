using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Units.Build.Tests;

/// <summary>
/// Units.Stdlib as a user installs it: a brand-new project adds the Units and Units.Stdlib
/// packages from the local feed, includes the library's units by name and composes them with its
/// own; the rules are checked across the package boundary as within one project.
/// </summary>
[TestClass]
public sealed class LibraryPackageTests
{
    [TestMethod]
    public void The_library_package_carries_its_unit_files_its_props_and_its_assembly()
    {
        _ = FreshProject.Create("stdlib-contents", "StdlibProject"); // packs the feed
        using var package = ZipFile.OpenRead(Path.Combine(FreshProject.Feed, $"Units.Stdlib.{FreshProject.PackageVersion}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[] { "units/locks.unit", "units/rules.unit", "units/console.unit", "build/Units.Stdlib.props", "buildTransitive/Units.Stdlib.props", "lib/net10.0/Units.Stdlib.dll" })
        {
            Assert.IsTrue(entries.Contains(expected), $"{expected} is missing: {string.Join(", ", entries.Order(StringComparer.Ordinal))}");
        }
        Assert.IsFalse(entries.Any(e => e.StartsWith("units/", StringComparison.Ordinal) && e.Contains("pattern", StringComparison.Ordinal)), "the patterns are examples, not the library");
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.IsFalse(text.Contains("Units.Generator", StringComparison.Ordinal) || text.Contains("id=\"Units\"", StringComparison.Ordinal),
            "the generator and the task are build-time tools, not dependencies of the library: " + text);
    }

    [TestMethod]
    public void A_fresh_project_installs_Units_Stdlib_and_composes_its_units_with_its_own()
    {
        var project = FreshProject.Create("stdlib-clean", "StdlibProject");
        Assert.AreEqual(0, project.Dotnet("add", "package", "Units.Stdlib", "--version", FreshProject.PackageVersion).ExitCode);
        project.SetProperties(("TreatWarningsAsErrors", "true"), ("Nullable", "enable"));
        var build = project.Build();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsFalse(Regex.IsMatch(build.Output, @"(warning|error) (UNIT|CS)\d{4}"), "a clean project builds without diagnostics");
        var run = project.Dotnet("run", "--no-build");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("apple: 1\npear: 2\n", run.Output.Replace("\r\n", "\n"));
    }

    [TestMethod]
    public void A_rule_broken_across_the_library_boundary_fails_the_build_at_the_unit_file()
    {
        var project = FreshProject.Create("stdlib-broken", "StdlibProject");
        Assert.AreEqual(0, project.Dotnet("add", "package", "Units.Stdlib", "--version", FreshProject.PackageVersion).ExitCode);
        project.AddUnitFile("interrupt-through-library.unit", "units/interrupt-through-library.unit");
        File.WriteAllText(project.PathOf("IrqCounter.cs"), "namespace Shop.Counting;\npartial struct IrqCounter<TSelf, TLock> { public static void Interrupt() { TLock.Acquire(); TLock.Release(); } }\n");
        var build = project.Build();
        Assert.AreEqual(1, build.ExitCode, build.ToString());
        var path = Regex.Escape(project.PathOf("units/interrupt-through-library.unit"));
        StringAssert.Matches(build.Output, new Regex(path + @"\(19,\d+,19,\d+\): error UNIT0603: 'context' rule violated in Interrupts: import 'lock\.Acquire' of Interrupts_irq \(irq_counter\) must be >= NoContext but is ProcessContext"));
        // The path of the explanation runs through the library's own files, in the package folder.
        StringAssert.Matches(build.Output, new Regex(@"units\.stdlib[/\\]" + Regex.Escape(FreshProject.PackageVersion) + @"[/\\]units[/\\]strategies\.unit\(24,\d+,24,\d+\): note: sleep_backoff requires 'context exports <= ProcessContext'"));
    }
}
