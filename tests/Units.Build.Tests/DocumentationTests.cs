using System.Text.RegularExpressions;

namespace Units.Build.Tests;

/// <summary>The getting-started guide shows exactly the files the package test builds and runs.</summary>
[TestClass]
public sealed class DocumentationTests
{
    [TestMethod]
    public void Getting_started_files_are_the_tested_fresh_project()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "getting-started.md")).Replace("\r\n", "\n");
        var blocks = Regex.Matches(guide, @"<!-- file: (?<path>\S+) -->\n```[a-z]*\n(?<text>.*?)```", RegexOptions.Singleline);
        Assert.AreEqual(3, blocks.Count, "greeting.unit, Greeters.cs and Program.cs");
        foreach (Match block in blocks)
        {
            var data = Path.Combine(TestPaths.SourceDirectory, "Data", "FreshProject", Path.GetFileName(block.Groups["path"].Value));
            Assert.AreEqual(File.ReadAllText(data).Replace("\r\n", "\n"), block.Groups["text"].Value, block.Groups["path"].Value);
        }
    }
}
