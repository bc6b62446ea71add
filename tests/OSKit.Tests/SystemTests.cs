namespace OSKit.Tests;

/// <summary>Every composed system, end to end: the workload verifies its data, and fsck finds the filesystem consistent.</summary>
[TestClass]
public sealed class SystemTests
{
    private static WorkloadReport Run(string platform, string strategy, string driver)
    {
        var (report, _) = SampleRun.Run(platform, strategy, driver, imagePath: null);
        Assert.AreEqual(0, report.Failures.Count, string.Join("\n", report.Failures));
        Assert.IsTrue(report.Fsck.IsClean, string.Join("\n", report.Fsck.Errors));
        Assert.IsTrue(report.Succeeded);
        return report;
    }

    [TestMethod]
    [DataRow("machine", "simple", "ide", DisplayName = "machine, simple, IDE")]
    [DataRow("machine", "elevator", "ide", DisplayName = "machine, elevator, IDE")]
    [DataRow("hosted", "simple", "ide", DisplayName = "hosted, simple, IDE")]
    [DataRow("hosted", "elevator", "ide", DisplayName = "hosted, elevator, IDE")]
    [DataRow("machine", "simple", "scsi", DisplayName = "machine, simple, SCSI")]
    [DataRow("machine", "simple", "floppy", DisplayName = "machine, simple, floppy")]
    public void The_workload_verifies_everything_and_fsck_is_clean(string platform, string strategy, string driver)
    {
        var report = Run(platform, strategy, driver);
        var options = report.Options;
        Assert.AreEqual(driver == "floppy" ? 2 : 4, options.Threads, "the workload fits itself to the filesystem");
        Assert.AreEqual(options.Threads * options.FilesPerThread, report.FilesCreated);
        Assert.AreEqual(report.FilesCreated - report.Deleted, report.Fsck.Files, "every file created and not deleted is on disk");
        Assert.AreEqual(1 + options.Threads * 4, report.Fsck.Directories - 1, "the root, the run directory and four per thread");
        Assert.IsTrue(report.Renamed > 0 && report.Deleted > 0 && report.Listings == options.Threads * 4);
        Assert.IsTrue(report.BytesVerified >= report.BytesWritten, "every byte written was read back at least once");
        Assert.IsTrue(report.RawBlocks > 0);
        Assert.IsTrue(report.FileSystem.Formatted);
        Assert.AreEqual(report.Queue.Requests, report.Disk.Commands, "each request is one controller command");
        Assert.AreEqual(0, report.Queue.Failed + report.Disk.Errors);
        StringAssert.Contains(report.Queue.Strategy, strategy == "elevator" ? "elevator" : "first come");
    }

    [TestMethod]
    public void The_platforms_deliver_interrupts_their_own_way()
    {
        var machine = Run("machine", "simple", "ide");
        var hosted = Run("hosted", "simple", "ide");
        Assert.IsTrue(machine.KernelLog.Any(l => l.Contains("interrupts run on their own thread", StringComparison.Ordinal)), string.Join("\n", machine.KernelLog));
        Assert.IsTrue(hosted.KernelLog.Any(l => l.Contains("completions are thread-pool upcalls", StringComparison.Ordinal)), string.Join("\n", hosted.KernelLog));
        Assert.IsTrue(machine.KernelLog.Any(l => l.Contains("ext2: made a new filesystem", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void The_driver_families_drive_their_own_hardware()
    {
        Assert.AreEqual("SCSI disk", Run("machine", "simple", "scsi").Disk.Model);
        var floppy = Run("machine", "simple", "floppy");
        Assert.AreEqual("1.44 MB floppy drive", floppy.Disk.Model);
        Assert.IsTrue(floppy.FileSystem.TotalBytes < 1_474_560);
    }

    [TestMethod]
    public void Each_system_reports_the_composition_it_was_built_from()
    {
        foreach (var system in Systems.All)
        {
            var facts = system.Facts;
            CollectionAssert.AreEquivalent(new[] { "context", "family", "locking", "threadsafe" }, facts.Properties, facts.Name);
            Assert.IsTrue(facts.RuleClauses > 30, facts.Name);
            Assert.IsTrue(facts.Instances.Any(i => i.Unit == (system.Strategy == "elevator" ? "elevator_strategy" : "fifo_strategy")), facts.Name);
            Assert.IsTrue(facts.Instances.Any(i => i.Unit == (system.Platform == "hosted" ? "osenv_hosted" : "osenv_machine")), facts.Name);
            Assert.IsTrue(facts.Instances.Any(i => i.Unit == $"{system.Driver}_driver") && facts.Instances.Any(i => i.Unit == $"{system.Driver}_hardware"), facts.Name);
            CollectionAssert.Contains(facts.Links, $"{facts.Name}_names_fs.inner <- {facts.Name}_names_raw.fs", "the lock decorator wraps the adapted filesystem");
            Assert.AreEqual("names_ext2.Mount", facts.Initializers[^1][(facts.Name.Length + 1)..], "the filesystem mounts last");
        }
    }
}
