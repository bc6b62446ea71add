namespace Units.Cli.Tests;

/// <summary>What `units` may read: only unit files, and includes only inside the allowed directories.</summary>
[TestClass]
public sealed class PathPolicyTests
{
    private const string Secret = "API_TOKEN=hunter2-do-not-print";

    private DirectoryInfo _directory = null!;

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("units-policy-");

    [TestCleanup]
    public void DeleteDirectory() => _directory.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void A_file_that_is_not_a_unit_file_is_refused_on_the_command_line()
    {
        var env = Write(".env", Secret + "\n");
        var result = CliRunner.Run("check", env, "--format", "text", "--color", "never");
        Assert.AreEqual(2, result.ExitCode);
        StringAssert.Contains(result.Error, "is not a .unit file");
        Assert.IsFalse((result.Out + result.Error).Contains("hunter2"), "the file is never read");
    }

    [TestMethod]
    [DataRow("include \".env\"", "UNIT0206")]
    [DataRow("include \"../outside/secrets.unit\"", "UNIT0205")]
    public void An_include_the_policy_refuses_is_never_read_or_printed(string include, string id)
    {
        Write(".env", Secret + "\n");
        var outside = Directory.CreateTempSubdirectory("units-outside-");
        try
        {
            // The same secret in a unit file outside the allowed directories: refused unread.
            File.WriteAllText(Path.Combine(outside.FullName, "secrets.unit"), Secret + "\n");
            var main = Write("project/main.unit", include.Replace("../outside", Path.GetRelativePath(Path.Combine(_directory.FullName, "project"), outside.FullName)) + "\nunit u = { exports[ c : { c } ]; }\n");
            var result = CliRunner.Run("check", main, "--format", "text", "--color", "never");
            Assert.AreEqual(1, result.ExitCode, result.Out);
            StringAssert.Contains(result.Out, id);
            Assert.IsFalse((result.Out + result.Error).Contains("hunter2"), result.Out);
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void An_include_root_allows_another_directory()
    {
        var shared = Write("shared/types.unit", "bundletype C_T = { c }\n");
        var main = Write("project/main.unit", "include \"../shared/types.unit\"\nunit u = { exports[ c : C_T ]; }\n");
        var refused = CliRunner.Run("check", main);
        StringAssert.Contains(refused.Out, "error UNIT0205");
        StringAssert.Contains(refused.Out, "--include-root");
        var allowed = CliRunner.Run("check", main, "--include-root", Path.GetDirectoryName(shared)!);
        Assert.AreEqual(0, allowed.ExitCode, allowed.Out);
    }
}
