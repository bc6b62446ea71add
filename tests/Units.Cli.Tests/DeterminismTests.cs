namespace Units.Cli.Tests;

/// <summary>
/// The same input gives byte-identical output: whatever the order of the files on the command
/// line, and across processes (string hashing is randomised per process, so one process cannot
/// show this).
/// </summary>
[TestClass]
public sealed class DeterminismTests
{
    private DirectoryInfo _directory = null!;

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("units-order-");

    [TestCleanup]
    public void DeleteDirectory() => _directory.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void Diagnostics_and_first_defined_notes_do_not_depend_on_the_order_of_the_files()
    {
        var a = Write("a.unit", "bundletype Log_T = { write }\nunit logger = { exports[ log : Log_T ]; }\nunit extra = { exports[ x : Nope_T ]; }\n");
        var b = Write("b.unit", "bundletype Log_T = { write, flush }\nunit logger = { exports[ log : Log_T ]; }\n");
        var c = Write("c.unit", "unit other = { imports[ x : Missing_T ]; }\n");
        var orders = new[] { new[] { a, b, c }, new[] { c, b, a }, new[] { b, a, c }, new[] { c, a, b } };
        var outputs = orders.Select(files => CliRunner.Run(["check", .. files, "--format", "msbuild"]).Out).ToList();
        StringAssert.Contains(outputs[0], "first defined here");
        foreach (var output in outputs.Skip(1)) Assert.AreEqual(outputs[0], output);
        // Another spelling of a file named already is the same file, loaded once.
        var twice = CliRunner.Run("check", a, b, c, Path.Combine(_directory.FullName, ".", "sub", "..", "a.unit"), "--format", "msbuild").Out;
        Assert.AreEqual(outputs[0], twice);
    }

    [TestMethod]
    [DataRow("check", "--format", "json")]
    [DataRow("check", "--format", "sarif")]
    [DataRow("emit")]
    [DataRow("graph")]
    [DataRow("schedule")]
    public void Output_is_byte_identical_across_processes(params string[] command)
    {
        var sample = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "oskit-sample"), "*.unit").Order(StringComparer.Ordinal).ToArray();
        var stdlib = "Units.Stdlib=" + Path.Combine(CliRunner.RepositoryRoot, "stdlib-units", "units");
        string[] Args(IEnumerable<string> files) => command[0] is "graph" or "schedule"
            ? [.. command, .. files, "--library", stdlib, "--root", "IdeMachine"]
            : [.. command, .. files, "--library", stdlib];
        var first = CliRunner.RunProcess(Args(sample));
        var second = CliRunner.RunProcess(Args(sample.Reverse()));
        Assert.AreEqual(0, first.ExitCode, first.Error);
        Assert.IsTrue(first.Out.Trim().Length > 10, first.Out);
        Assert.AreEqual(first.Out, second.Out, "another process, and the arguments in another order");
    }
}
