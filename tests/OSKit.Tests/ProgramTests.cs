namespace OSKit.Tests;

/// <summary>The sample's command line and report.</summary>
[TestClass]
public sealed class ProgramTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleProgram.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [TestMethod]
    public void The_default_run_reports_composition_disk_workload_and_fsck()
    {
        var (code, output, error) = Run();
        Assert.AreEqual(0, code, output + error);
        StringAssert.StartsWith(output, "OSKit sample: IdeMachine (machine platform, IDE driver family, simple (first come, first served) strategy)");
        StringAssert.Contains(output, "rule clauses over context, family, locking, threadsafe: all hold");
        StringAssert.Contains(output, "initializers: log.Open -> intr.Start -> ");
        StringAssert.Contains(output, "filesystem: 'oskit', made new this run");
        StringAssert.Contains(output, "read back and verified");
        StringAssert.Contains(output, "fsck: clean;");
        StringAssert.EndsWith(output.TrimEnd(), "result: every file verified, filesystem consistent");
    }

    [TestMethod]
    public void Options_choose_the_system()
    {
        var (code, output, _) = Run("--strategy", "elevator", "--platform", "hosted", "--threads", "2", "--verbose");
        Assert.AreEqual(0, code);
        StringAssert.StartsWith(output, "OSKit sample: IdeHostedElevator (hosted platform");
        StringAssert.Contains(output, "kernel log");
        StringAssert.Matches(output, new System.Text.RegularExpressions.Regex(@"IdeHostedElevator_strategy +elevator_strategy\n"));
    }

    [TestMethod]
    [DataRow(new[] { "--strategy", "random" }, "--strategy is one of simple, elevator, not 'random'")]
    [DataRow(new[] { "--frobnicate" }, "unknown option '--frobnicate'")]
    [DataRow(new[] { "--image" }, "--image needs a value")]
    [DataRow(new[] { "--threads", "0" }, "--threads takes a number from 1 to 64")]
    [DataRow(new[] { "--driver", "scsi", "--platform", "hosted" }, "no system in system.unit composes platform 'hosted', strategy 'simple' and driver 'scsi'")]
    public void Bad_options_are_usage_errors(string[] args, string message)
    {
        var (code, output, error) = Run(args);
        Assert.AreEqual(2, code);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, message);
    }

    [TestMethod]
    public void Help_lists_every_option()
    {
        var (code, output, _) = Run("--help");
        Assert.AreEqual(0, code);
        foreach (var option in new[] { "--strategy", "--platform", "--driver", "--image", "--threads", "--verbose" }) StringAssert.Contains(output, option);
    }
}
