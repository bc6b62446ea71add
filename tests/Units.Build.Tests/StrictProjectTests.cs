using System.Text.RegularExpressions;

namespace Units.Build.Tests;

/// <summary>
/// A project with the settings real projects use — warnings as errors, unsafe code, nullable off
/// and on, implementations in several namespaces and a composition in another — builds against
/// the packed package without a single warning and runs as written.
/// </summary>
[TestClass]
public sealed class StrictProjectTests
{
    [TestMethod]
    [DataRow("disable")]
    [DataRow("enable")]
    public void A_router_in_several_namespaces_builds_with_warnings_as_errors_and_runs(string nullable)
    {
        var project = FreshProject.Create("strict-" + nullable, "StrictProject");
        project.SetProperties(("Nullable", nullable), ("AllowUnsafeBlocks", "true"), ("TreatWarningsAsErrors", "true"), ("ImplicitUsings", "disable"));
        var build = project.Build();
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsFalse(Regex.IsMatch(build.Output, @"(warning|error) (UNIT|CS)\d{4}"), build.ToString());
        var run = project.Dotnet("run", "--no-build");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("2 packets, 8 bytes, last: ttl 1, checksum 8\nRouter_end.Reset\n", run.Output.Replace("\r\n", "\n"));
    }
}
