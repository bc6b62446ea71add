namespace OSKit.Tests;

/// <summary>A disk kept in a file: a second run (of any system with the same disk) remounts it and verifies the data.</summary>
[TestClass]
public sealed class RemountTests
{
    private DirectoryInfo _directory = null!;

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("oskit-image-");

    [TestCleanup]
    public void DeleteDirectory() => _directory.Delete(recursive: true);

    [TestMethod]
    public void Data_survives_a_remount_and_earlier_runs_are_verified()
    {
        var image = Path.Combine(_directory.FullName, "disk.img");
        var (first, _) = SampleRun.Run("machine", "simple", "ide", image);
        Assert.IsTrue(first.Succeeded, string.Join("\n", first.Failures.Concat(first.Fsck.Errors)));
        Assert.IsTrue(first.FileSystem.Formatted);
        Assert.AreEqual(0, first.EarlierRuns);
        Assert.AreEqual(32L << 20, new System.IO.FileInfo(image).Length);
        StringAssert.Contains(first.DiskImage, ", new");

        // Another system on the same disk: the hosted platform with the elevator.
        var (second, _) = SampleRun.Run("hosted", "elevator", "ide", image);
        Assert.IsTrue(second.Succeeded, string.Join("\n", second.Failures.Concat(second.Fsck.Errors)));
        Assert.IsFalse(second.FileSystem.Formatted, "remounted, not made again");
        Assert.AreEqual(2, second.FileSystem.MountCount);
        Assert.AreEqual(2, second.Run);
        Assert.AreEqual(1, second.EarlierRuns);
        Assert.AreEqual(first.FilesCreated - first.Deleted, second.EarlierFilesVerified, "every file the first run left was found and verified");
        Assert.AreEqual(2 * (first.FilesCreated - first.Deleted), second.Fsck.Files);
        StringAssert.Contains(second.DiskImage, ", reused");
    }

    [TestMethod]
    public void An_image_made_for_another_disk_is_refused()
    {
        var image = Path.Combine(_directory.FullName, "disk.img");
        SampleRun.Run("machine", "simple", "ide", image);
        var error = Assert.ThrowsExactly<IOException>(() => SampleRun.Run("machine", "simple", "floppy", image));
        StringAssert.Contains(error.Message, "it was made for another disk");
        // The failed start left nothing running: the floppy system starts again on a fresh image.
        var (report, _) = SampleRun.Run("machine", "simple", "floppy", Path.Combine(_directory.FullName, "floppy.img"));
        Assert.IsTrue(report.Succeeded);
    }
}
