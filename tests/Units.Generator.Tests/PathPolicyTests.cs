using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>The generator applies the build's path policy, with the task's messages.</summary>
[TestClass]
public sealed class PathPolicyTests
{
    private static GeneratorHarness Project(string includeRoots = "")
    {
        var harness = new GeneratorHarness()
            .Unit("main.unit", "namespace Demo;\ninclude \"../shared/types.unit\"\ninclude \"missing.unit\"\nunit u = { exports[ c : C_T ]; }")
            .CSharp("U.cs", "namespace Demo; partial struct u<TSelf> { public static int Get() => 1; }");
        harness.UnitFiles["/shared/types.unit"] = "namespace Demo;\nbundletype C_T = { int Get() }";
        harness.Properties["MSBuildProjectDirectory"] = "/project";
        if (includeRoots.Length > 0) harness.Properties["UnitsIncludeRoots"] = includeRoots;
        return harness;
    }

    [TestMethod]
    public void An_include_outside_the_project_is_refused_as_the_task_refuses_it()
    {
        var errors = Project().Run().GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var outside = errors.Single(d => d.Id == "UNIT0205");
        StringAssert.Contains(outside.GetMessage(), "<UnitsIncludeRoots>");
        Assert.AreEqual(2, outside.Location.GetLineSpan().StartLinePosition.Line + 1);
        var missing = errors.Single(d => d.Id == "UNIT0200");
        StringAssert.Contains(missing.GetMessage(), "a build reads only UnitFile items");
        Assert.AreEqual(2, errors.Count, errors.Count + ":" + string.Join("\n", errors.Select(e => e.Id + " " + e.GetMessage())));
    }

    [TestMethod]
    public void UnitsIncludeRoots_allows_another_directory()
    {
        var errors = Project("../shared").Run().GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.AreEqual("UNIT0200", errors.Single().Id, string.Join("\n", errors));
    }
}
