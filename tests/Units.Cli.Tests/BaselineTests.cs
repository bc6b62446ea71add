namespace Units.Cli.Tests;

/// <summary>`units check --baseline`: adopt rules in an existing system, fail only on what is new.</summary>
[TestClass]
public sealed class BaselineTests
{
    private DirectoryInfo _directory = null!;

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("units-baseline-");

    [TestCleanup]
    public void DeleteDirectory() => _directory.Delete(recursive: true);

    private string Copy(string data)
    {
        var path = Path.Combine(_directory.FullName, data);
        File.Copy(CliRunner.Data(data), path);
        return path;
    }

    /// <summary>broken.unit with its two errors recorded in a new baseline.</summary>
    private (string Unit, string Baseline) RecordedBaseline()
    {
        var unit = Copy("broken.unit");
        var baseline = Path.Combine(_directory.FullName, "units.baseline");
        Assert.AreEqual(0, CliRunner.Run("check", unit, "--baseline", baseline).ExitCode);
        return (unit, baseline);
    }

    [TestMethod]
    public void A_new_baseline_records_todays_diagnostics_and_passes()
    {
        var unit = Copy("broken.unit");
        var baseline = Path.Combine(_directory.FullName, "units.baseline");
        var first = CliRunner.Run("check", unit, "--baseline", baseline);
        Assert.AreEqual(0, first.ExitCode, first.Out);
        StringAssert.Contains(first.Out, "2 diagnostics recorded in baseline");
        var lines = File.ReadAllLines(baseline).Where(l => !l.StartsWith('#')).ToList();
        CollectionAssert.AreEqual(new[] { "UNIT0302\tbroken.unit\tunknown unit 'loger'; did you mean 'logger'?", "UNIT0354\tbroken.unit\t'app' has 2 imports but this list gives 1" }, lines);

        var again = CliRunner.Run("check", unit, "--baseline", baseline);
        Assert.AreEqual(0, again.ExitCode, again.Out);
        StringAssert.Contains(again.Out, "0 errors, 0 warnings");
        StringAssert.Contains(again.Out, "2 more known from baseline");
    }

    [TestMethod]
    public void Only_new_diagnostics_fail_even_when_lines_move()
    {
        var (unit, baseline) = RecordedBaseline();
        // Two lines earlier in the file move the known errors; one new error is added at the end.
        File.WriteAllText(unit, "// moved\n// down\n" + File.ReadAllText(unit) + "\nunit extra = { imports[ x : Missing_T ]; }\n");
        var result = CliRunner.Run("check", unit, "--baseline", baseline);
        Assert.AreEqual(1, result.ExitCode, result.Out);
        StringAssert.Contains(result.Out, "error UNIT0301: unknown bundletype 'Missing_T'");
        Assert.IsFalse(result.Out.Contains("UNIT0302"), "known diagnostics stay quiet after moving");
        StringAssert.Contains(result.Out, "1 error, 0 warnings");
    }

    [TestMethod]
    public void The_baseline_matches_from_any_working_directory()
    {
        var (unit, baseline) = RecordedBaseline();
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _directory.FullName;
            var relative = CliRunner.Run("check", "broken.unit", "--baseline", "units.baseline");
            Assert.AreEqual(0, relative.ExitCode, relative.Out);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [TestMethod]
    public void Update_baseline_accepts_todays_state()
    {
        var (unit, baseline) = RecordedBaseline();
        File.AppendAllText(unit, "\nunit extra = { imports[ x : Missing_T ]; }\n");
        Assert.AreEqual(1, CliRunner.Run("check", unit, "--baseline", baseline).ExitCode);
        var update = CliRunner.Run("check", unit, "--baseline", baseline, "--update-baseline");
        Assert.AreEqual(0, update.ExitCode);
        StringAssert.Contains(update.Out, "3 diagnostics recorded");
        Assert.AreEqual(0, CliRunner.Run("check", unit, "--baseline", baseline).ExitCode);
    }

    [TestMethod]
    public void An_unwritable_baseline_is_a_usage_problem()
    {
        var unit = Copy("broken.unit");
        var result = CliRunner.Run("check", unit, "--baseline", Path.Combine(_directory.FullName, "no", "such", "dir", "b.txt"));
        Assert.AreEqual(2, result.ExitCode);
        StringAssert.Contains(result.Error, "cannot use baseline");
    }
}
