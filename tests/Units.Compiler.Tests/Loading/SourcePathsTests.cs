using Units.Compiler.Loading;

namespace Units.Compiler.Tests.Loading;

[TestClass]
public sealed class SourcePathsTests
{
    [TestMethod]
    [DataRow("a/b/../c.unit", "a/c.unit")]
    [DataRow("./a/./b.unit", "a/b.unit")]
    [DataRow("../x.unit", "../x.unit")]
    [DataRow("/r/../../x.unit", "/x.unit")]
    [DataRow("a\\b.unit", "a/b.unit")]
    [DataRow("C:\\src\\..\\x.unit", "C:/x.unit")]
    public void Normalize_resolves_dots_and_separators(string input, string expected) =>
        Assert.AreEqual(expected, SourcePaths.Normalize(input));

    [TestMethod]
    public void Includes_resolve_against_the_including_file()
    {
        Assert.AreEqual("lib/dev/disk.unit", SourcePaths.ResolveRelative("lib/main.unit", "dev/disk.unit"));
        Assert.AreEqual("common.unit", SourcePaths.ResolveRelative("lib/main.unit", "../common.unit"));
        Assert.AreEqual("/abs/x.unit", SourcePaths.ResolveRelative("lib/main.unit", "/abs/x.unit"));
    }
}
