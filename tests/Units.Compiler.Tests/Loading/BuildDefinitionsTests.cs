using Units.Compiler.Loading;

namespace Units.Compiler.Tests.Loading;

[TestClass]
public sealed class BuildDefinitionsTests
{
    [TestMethod]
    public void A_list_reads_like_DefineConstants_and_the_project_directory_is_added()
    {
        var parsed = BuildDefinitions.Parse(" A=1 ; B ;C = x=y;;", "/work/app");
        CollectionAssert.AreEqual(new[] { "A=1", "B=1", "C=x=y", "MSBuildProjectDirectory=/work/app" }, parsed.Select(p => $"{p.Key}={p.Value}").ToArray());
    }

    [TestMethod]
    public void The_list_may_define_the_project_directory_itself()
    {
        var parsed = BuildDefinitions.Parse("MSBuildProjectDirectory=/elsewhere", "/work/app");
        Assert.AreEqual("/elsewhere", parsed["MSBuildProjectDirectory"]);
        Assert.AreEqual(0, BuildDefinitions.Parse(null, null).Count);
    }
}
