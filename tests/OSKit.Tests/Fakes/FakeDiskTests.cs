using OSKit.Tests.Fakes;

namespace OSKit.Tests;

/// <summary>
/// Testing units with fakes (docs/testing.md): this test project composes the sample's real
/// filesystem units with a fake disk of its own, through the sample's published units — no
/// copies of its unit files, no CS0436, nothing internal made visible.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class FakeDiskTests
{
    [TestCleanup]
    public void ShutDown()
    {
        FilesystemOnFakeDisk.Shutdown();
        OtherFilesystemOnFakeDisk.Shutdown();
    }

    [TestMethod]
    public void The_real_filesystem_runs_on_the_fake_disk()
    {
        FilesystemOnFakeDisk.Initialize();
        Assert.IsTrue(FilesystemOnFakeDisk.Probe.Writes() > 0, "mounting a blank disk formats it");
        var file = FilesystemOnFakeDisk.Names.CreateFile("/hello.txt");
        FilesystemOnFakeDisk.Names.Write(file, 0, "hello, fake disk"u8);
        FilesystemOnFakeDisk.Names.Sync();
        var buffer = new byte[64];
        var read = FilesystemOnFakeDisk.Names.Read(FilesystemOnFakeDisk.Names.Open("/hello.txt"), 0, buffer);
        Assert.AreEqual("hello, fake disk", System.Text.Encoding.UTF8.GetString(buffer, 0, read));
        Assert.IsTrue(FilesystemOnFakeDisk.Names.Check().IsClean);
    }

    [TestMethod]
    public void Shutdown_and_Initialize_start_again_from_what_the_initializers_set()
    {
        FilesystemOnFakeDisk.Initialize();
        FilesystemOnFakeDisk.Names.CreateFile("/left-over.txt");
        FilesystemOnFakeDisk.Shutdown();
        FilesystemOnFakeDisk.Initialize();
        Assert.IsFalse(FilesystemOnFakeDisk.Names.Exists("/left-over.txt"), "the fake disk's initializer erased it");
    }

    [TestMethod]
    public void Two_compositions_of_the_same_units_share_no_state()
    {
        FilesystemOnFakeDisk.Initialize();
        OtherFilesystemOnFakeDisk.Initialize();
        FilesystemOnFakeDisk.Names.CreateFile("/only-here.txt");
        Assert.IsTrue(FilesystemOnFakeDisk.Names.Exists("/only-here.txt"));
        Assert.IsFalse(OtherFilesystemOnFakeDisk.Names.Exists("/only-here.txt"));
        Assert.AreNotEqual(FilesystemOnFakeDisk.Probe.Writes(), OtherFilesystemOnFakeDisk.Probe.Writes());
    }
}
