using System.Reflection;
using System.Text.RegularExpressions;

namespace Units.Cli.Tests;

/// <summary>docs/cli.md stays true to the tool.</summary>
[TestClass]
public sealed class DocumentationTests
{
    private static string CliDoc => File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "cli.md"));

    [TestMethod]
    public void Every_exit_code_is_documented_and_every_documented_code_exists()
    {
        var section = CliDoc.Substring(CliDoc.IndexOf("## Exit codes", StringComparison.Ordinal));
        var documented = Regex.Matches(section, @"^\| (\d+) \|", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var defined = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!).ToList();
        CollectionAssert.AreEquivalent(defined, documented);
    }

    [TestMethod]
    public void Every_command_is_documented()
    {
        foreach (var command in Regex.Matches(CliApp.Usage, @"^  (\w+) {2,}", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
        {
            StringAssert.Contains(CliDoc, $"`units {command} ", command);
        }
    }
}
