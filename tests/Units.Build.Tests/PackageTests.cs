using System.Text.Json;
using System.Text.RegularExpressions;
using Units.Testing;
using Units.Testing.Sarif;

namespace Units.Build.Tests;

/// <summary>The Units package in a brand-new project: build, run, fail on a broken rule, and build incrementally.</summary>
[TestClass]
public sealed class PackageTests
{
    private const string CheckRan = "Building target \"UnitsCheck\" completely.";
    private const string CheckSkipped = "Skipping target \"UnitsCheck\" because all output files are up-to-date";
    private const string CompileRan = "Building target \"CoreCompile\" completely.";

    [TestMethod]
    public void A_fresh_project_builds_and_runs_its_composition()
    {
        var project = FreshProject.Create("clean");
        var build = project.Build();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        StringAssert.Contains(build.Output, CheckRan);
        Assert.IsTrue(build.Output.IndexOf(CheckRan, StringComparison.Ordinal) < build.Output.IndexOf(CompileRan, StringComparison.Ordinal), "the check runs before CoreCompile");
        Assert.IsFalse(Regex.IsMatch(build.Output, @"(warning|error) (UNIT|CS)\d{4}"), "a clean project builds without diagnostics");
        var sarif = Directory.GetFiles(project.PathOf("obj"), "*.units.sarif", SearchOption.AllDirectories);
        Assert.AreEqual(1, sarif.Length, "one SARIF log per project, under obj/, by default");
        StringAssert.EndsWith(sarif[0], "App.units.sarif");
        var run = project.Dotnet("run", "--no-build");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("HELLO, UNITS!\nHELLO, AGAIN!!\n", run.Output.Replace("\r\n", "\n"));
    }

    [TestMethod]
    public void A_broken_rule_fails_the_build_with_the_located_error()
    {
        var project = FreshProject.Create("broken");
        project.AddUnitFile("blocking-rule.unit", "units/blocking-rule.unit");
        var build = project.Build();
        Assert.AreEqual(1, build.ExitCode, build.ToString());
        var path = Regex.Escape(project.PathOf("units/blocking-rule.unit"));
        StringAssert.Matches(build.Output, new Regex(path + @"\(21,\d+,21,\d+\): error UNIT0603: 'context' rule violated in Broken: import 'inner.Greet' of Broken_greeter \(interrupt_shouting\) must be >= NoContext but is ProcessContext"));
        StringAssert.Contains(build.Output, "note: interrupt_shouting requires 'context imports >= NoContext'");
        Assert.IsFalse(build.Output.Contains(CompileRan, StringComparison.Ordinal), "the check stops the build before C# is compiled");
    }

    [TestMethod]
    public void An_unchanged_second_build_skips_the_check_and_changes_to_unit_files_rerun_it()
    {
        var project = FreshProject.Create("incremental");
        Assert.AreEqual(0, project.Build().ExitCode);

        var unchanged = project.Build();
        StringAssert.Contains(unchanged.Output, CheckSkipped, "nothing changed");

        File.SetLastWriteTimeUtc(project.PathOf("units/greeting.unit"), DateTime.UtcNow);
        StringAssert.Contains(project.Build().Output, CheckRan, "a touched .unit file");

        File.WriteAllText(project.PathOf("units/extra.unit"), "namespace Hello;\nunit extra_greeter = { exports[ greeter : Greeter_T ]; implementation Hello.PlainGreeter; }\n");
        File.SetLastWriteTimeUtc(project.PathOf("units/extra.unit"), DateTime.UtcNow.AddDays(-1));
        StringAssert.Contains(project.Build().Output, CheckRan, "an added .unit file, even one older than the last check");

        File.Delete(project.PathOf("units/extra.unit"));
        StringAssert.Contains(project.Build().Output, CheckRan, "a deleted .unit file");

        StringAssert.Contains(project.Build().Output, CheckSkipped, "unchanged again");
    }

    [TestMethod]
    public void The_check_writes_sarif_when_asked_and_the_generator_still_reports_when_the_check_is_off()
    {
        var project = FreshProject.Create("options");
        project.AddUnitFile("blocking-rule.unit", "units/blocking-rule.unit");
        var sarif = project.PathOf("artifacts/units.sarif");
        Assert.AreEqual(1, project.Build($"-p:UnitsSarifOutput={sarif}").ExitCode);
        var log = File.ReadAllText(sarif);
        Assert.AreEqual(0, SarifShape.Validate(log).Count, string.Join("\n", SarifShape.Validate(log)));
        using (var document = JsonDocument.Parse(log))
        {
            var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
            Assert.AreEqual("UNIT0603", result.GetProperty("ruleId").GetString());
            Assert.AreEqual(21, SarifShape.Regions(result).First().GetProperty("startLine").GetInt32());
        }

        // Switched off, the task does not run; the rule is still enforced, by the generator in the compiler.
        var off = project.Build("-p:UnitsCheck=false");
        Assert.AreEqual(1, off.ExitCode);
        Assert.IsFalse(off.Output.Contains(CheckRan, StringComparison.Ordinal));
        StringAssert.Contains(off.Output, "error UNIT0603");
    }

    [TestMethod]
    public void The_units_tool_installs_from_its_package_and_checks_the_project()
    {
        var project = FreshProject.Create("tool");
        project.AddUnitFile("blocking-rule.unit", "units/blocking-rule.unit");
        var tools = project.PathOf("tools");
        var install = project.Dotnet("tool", "install", "Units.Cli", "--version", FreshProject.PackageVersion, "--tool-path", tools, "--configfile", project.NuGetConfig);
        Assert.AreEqual(0, install.ExitCode, install.ToString());
        var units = Path.Combine(tools, OperatingSystem.IsWindows() ? "units.exe" : "units");
        var version = DotnetProcess.RunProgram(project.Directory, units, "--version");
        Assert.AreEqual(FreshProject.PackageVersion, version.Output.Trim());
        var check = DotnetProcess.RunProgram(project.Directory, units, "check", "units/greeting.unit", "units/blocking-rule.unit", "--format", "msbuild");
        Assert.AreEqual(1, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Output, "units/blocking-rule.unit(21,");
        StringAssert.Contains(check.Output, "error UNIT0603");
    }
}
