using OSKit.Donor.Ext2;
using static OSKit.Donor.Ext2.Ext2Errno;

namespace OSKit.Tests;

/// <summary>The donor ext2-like filesystem on its own, on a disk in memory; fsck after every scenario.</summary>
[TestClass]
public sealed class FileSystemTests
{
    private const uint Root = Ext2Volume.RootInode;

    private static void AssertClean(Ext2Volume volume)
    {
        var report = volume.Check();
        Assert.IsTrue(report.IsClean, string.Join("\n", report.Errors));
    }

    private static byte[] Pattern(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] ReadAll(Ext2Volume volume, uint ino)
    {
        Assert.AreEqual(0, volume.GetAttributes(ino, out var attributes));
        var data = new byte[attributes.Size];
        Assert.AreEqual(data.Length, volume.Read(ino, 0, data));
        return data;
    }

    private static uint Create(Ext2Volume volume, uint directory, string name, bool isDirectory = false)
    {
        var ino = volume.Create(directory, name, isDirectory);
        Assert.IsTrue(ino > 0, $"create {name}: errno {-ino}");
        return (uint)ino;
    }

    [TestMethod]
    public void A_new_filesystem_has_an_empty_root_and_is_consistent()
    {
        var volume = MemoryDevice.Formatted(4096, out _);
        var entries = new List<Ext2DirectoryEntry>();
        Assert.AreEqual(2, volume.ReadDirectory(Root, entries));
        CollectionAssert.AreEqual(new[] { ".", ".." }, entries.Select(e => e.Name).ToArray());
        Assert.IsTrue(entries.All(e => e.Inode == Root), "the root is its own parent");
        var summary = volume.Summary();
        Assert.AreEqual(1, summary.Groups);
        Assert.AreEqual(1, summary.MountCount);
        Assert.IsTrue(summary.FreeBlocks > 3500u);
        AssertClean(volume);
    }

    [TestMethod]
    public void Large_disks_are_split_into_block_groups()
    {
        // 8192 blocks per group: three full groups and 100 blocks, too few for a fourth group's metadata.
        var volume = MemoryDevice.Formatted(1 + 3 * 8192 + 100, out _);
        Assert.AreEqual(3, volume.Summary().Groups, "a last group too small for its metadata is left out");
        // Enough directories to spread over groups, and a file big enough to leave its group.
        for (var i = 0; i < 40; i++) Create(volume, Root, $"d{i}", isDirectory: true);
        var big = Create(volume, Root, "big");
        var data = Pattern(9000 * 1024, 3);
        Assert.AreEqual(data.Length, volume.Write(big, 0, data));
        CollectionAssert.AreEqual(data, ReadAll(volume, big));
        AssertClean(volume);
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(12 * 1024)]
    [DataRow(12 * 1024 + 1)]
    [DataRow((12 + 256) * 1024)]
    [DataRow((12 + 256) * 1024 + 1)]
    [DataRow(700 * 1024 + 3)]
    public void Files_grow_through_direct_indirect_and_double_indirect_blocks(int size)
    {
        var volume = MemoryDevice.Formatted(4096, out _);
        var ino = Create(volume, Root, "file");
        var data = Pattern(size, size);
        Assert.AreEqual(size, volume.Write(ino, 0, data));
        CollectionAssert.AreEqual(data, ReadAll(volume, ino));
        Assert.AreEqual(0, volume.GetAttributes(ino, out var attributes));
        var dataBlocks = (size + 1023) / 1024;
        var indirect = dataBlocks > 12 ? 1 : 0;
        var doubleIndirect = dataBlocks > 12 + 256 ? 1 + (dataBlocks - 12 - 256 + 255) / 256 : 0;
        Assert.AreEqual(dataBlocks + indirect + doubleIndirect, attributes.Blocks, "data blocks plus the blocks that map them");
        AssertClean(volume);
    }

    [TestMethod]
    public void Writes_in_pieces_overwrites_and_holes_read_back_exactly()
    {
        var volume = MemoryDevice.Formatted(4096, out _);
        var ino = Create(volume, Root, "file");
        var expected = new byte[20_000];
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var at = random.Next(0, 19_000);
            var piece = Pattern(random.Next(1, 1000), round);
            Assert.AreEqual(piece.Length, volume.Write(ino, at, piece));
            piece.CopyTo(expected, at);
        }
        var actual = ReadAll(volume, ino);
        var length = actual.Length;
        CollectionAssert.AreEqual(expected[..length], actual, "unwritten bytes read as zeros");
        Assert.AreEqual(0, volume.Read(ino, length, new byte[10]), "nothing past the end");
        Assert.AreEqual(5, volume.Read(ino, length - 5, new byte[10]), "a short read at the end");

        var sparse = Create(volume, Root, "sparse");
        Assert.AreEqual(3, volume.Write(sparse, 100_000, "end"u8));
        var head = new byte[4096];
        Assert.AreEqual(4096, volume.Read(sparse, 0, head));
        Assert.IsTrue(head.All(b => b == 0), "a hole reads as zeros");
        AssertClean(volume);
    }

    [TestMethod]
    public void Directories_check_names_kinds_and_emptiness()
    {
        var volume = MemoryDevice.Formatted(4096, out _);
        var usr = Create(volume, Root, "usr", isDirectory: true);
        var bin = Create(volume, usr, "bin", isDirectory: true);
        var latex = Create(volume, bin, "latex");
        Assert.AreEqual((int)latex, volume.Lookup(bin, "latex"));
        Assert.AreEqual((int)usr, volume.Lookup(bin, ".."));
        Assert.AreEqual(-EEXIST, volume.Create(bin, "latex", false));
        Assert.AreEqual(-ENOENT, volume.Lookup(bin, "tex"));
        Assert.AreEqual(-ENOTDIR, volume.Lookup(latex, "x"));
        Assert.AreEqual(-ENOTDIR, volume.Create(latex, "x", false));
        Assert.AreEqual(-EISDIR, volume.Read(bin, 0, new byte[1]));
        Assert.AreEqual(-EINVAL, volume.Create(bin, "a/b", false));
        Assert.AreEqual(-EINVAL, volume.Create(bin, "..", false));
        Assert.AreEqual(-EINVAL, volume.Create(bin, "", false));
        Assert.AreEqual(-ENAMETOOLONG, volume.Create(bin, new string('n', 256), false));
        Assert.IsTrue(volume.Create(bin, new string('n', 255), false) > 0, "255 bytes is the longest name");
        Assert.AreEqual(-ENOTEMPTY, volume.Unlink(usr, "bin"));
        Assert.AreEqual(0, volume.GetAttributes(usr, out var before));
        Assert.AreEqual(3, before.Links, "'.', its entry in the root, and bin's '..'");
        Assert.AreEqual(0, volume.Unlink(bin, "latex"));
        Assert.AreEqual(0, volume.Unlink(bin, new string('n', 255)));
        Assert.AreEqual(0, volume.Unlink(usr, "bin"));
        Assert.AreEqual(0, volume.GetAttributes(usr, out var after));
        Assert.AreEqual(2, after.Links);
        Assert.AreEqual(-ENOENT, volume.GetAttributes(bin, out _), "the inode was freed");
        AssertClean(volume);
    }

    [TestMethod]
    public void Renames_move_files_and_directories_and_keep_link_counts()
    {
        var volume = MemoryDevice.Formatted(4096, out _);
        var a = Create(volume, Root, "a", isDirectory: true);
        var b = Create(volume, Root, "b", isDirectory: true);
        var file = Create(volume, a, "file");
        volume.Write(file, 0, "content"u8);
        Assert.AreEqual(0, volume.Rename(a, "file", a, "renamed"));
        Assert.AreEqual(0, volume.Rename(a, "renamed", b, "moved"));
        Assert.AreEqual((int)file, volume.Lookup(b, "moved"));
        Assert.AreEqual(-ENOENT, volume.Lookup(a, "renamed"));

        var other = Create(volume, b, "other");
        Assert.AreEqual(0, volume.Rename(b, "other", b, "moved"), "a file replaces a file");
        Assert.AreEqual((int)other, volume.Lookup(b, "moved"));
        Assert.AreEqual(-ENOENT, volume.GetAttributes(file, out _), "the replaced file is freed");

        var sub = Create(volume, a, "sub", isDirectory: true);
        Assert.AreEqual(0, volume.Rename(a, "sub", b, "sub"));
        Assert.AreEqual((int)b, volume.Lookup(sub, ".."), "'..' follows the directory");
        Assert.AreEqual(0, volume.GetAttributes(a, out var aInfo));
        Assert.AreEqual(0, volume.GetAttributes(b, out var bInfo));
        Assert.AreEqual((2, 3), (aInfo.Links, bInfo.Links));
        Assert.AreEqual(-EINVAL, volume.Rename(Root, "b", sub, "loop"), "a directory cannot move under itself");
        Assert.AreEqual(-EEXIST, volume.Rename(Root, "a", b, "sub"), "a directory does not replace a directory");
        AssertClean(volume);
    }

    [TestMethod]
    public void Directories_of_many_entries_span_blocks_and_reuse_freed_space()
    {
        var volume = MemoryDevice.Formatted(4096, out _);
        var dir = Create(volume, Root, "many", isDirectory: true);
        var names = Enumerable.Range(0, 300).Select(i => $"entry-number-{i:D4}.txt").ToList();
        foreach (var name in names) Create(volume, dir, name);
        Assert.AreEqual(0, volume.GetAttributes(dir, out var grown));
        Assert.IsTrue(grown.Size > 4 * 1024, "several directory blocks");
        foreach (var name in names.Where((_, i) => i % 2 == 0)) Assert.AreEqual(0, volume.Unlink(dir, name));
        foreach (var name in names.Where((_, i) => i % 2 == 0)) Create(volume, dir, name.Replace("entry", "again"));
        Assert.AreEqual(0, volume.GetAttributes(dir, out var reused));
        Assert.AreEqual(grown.Size, reused.Size, "new names fill the space old ones left");
        var entries = new List<Ext2DirectoryEntry>();
        volume.ReadDirectory(dir, entries);
        var expected = names.Select((n, i) => i % 2 == 0 ? n.Replace("entry", "again") : n).Append(".").Append("..").Order(StringComparer.Ordinal);
        CollectionAssert.AreEqual(expected.ToArray(), entries.Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());
        AssertClean(volume);
    }

    [TestMethod]
    public void A_full_disk_fails_writes_cleanly()
    {
        var volume = MemoryDevice.Formatted(300, out _);
        var ino = Create(volume, Root, "filler");
        var result = volume.Write(ino, 0, new byte[400 * 1024]);
        Assert.IsTrue(result is > 0 and < 400 * 1024, $"a partial write, then no space: {result}");
        Assert.AreEqual(-ENOSPC, volume.Write(ino, result, new byte[1024]));
        Assert.AreEqual(0u, volume.Summary().FreeBlocks);
        Assert.AreEqual(-ENOSPC, volume.Create(Root, "dir", true), "no block for a new directory");
        AssertClean(volume);
        Assert.AreEqual(0, volume.Unlink(Root, "filler"));
        Assert.IsTrue(volume.Summary().FreeBlocks > 200u, "everything comes back");
        AssertClean(volume);
    }

    [TestMethod]
    public void A_remount_finds_everything_and_counts_the_mount()
    {
        var volume = MemoryDevice.Formatted(4096, out var device);
        var dir = Create(volume, Root, "keep", isDirectory: true);
        var file = Create(volume, dir, "data");
        var data = Pattern(50_000, 9);
        volume.Write(file, 0, data);
        volume.Unmount();
        Assert.AreEqual(0, Ext2Volume.Mount(device, out var again));
        Assert.AreEqual(2, again!.Summary().MountCount);
        Assert.IsFalse(again.Summary().FormattedThisMount);
        Assert.AreEqual((int)file, again.Lookup((uint)again.Lookup(Root, "keep"), "data"));
        CollectionAssert.AreEqual(data, ReadAll(again, file));
        AssertClean(again);
    }

    [TestMethod]
    public void A_disk_without_a_filesystem_does_not_mount()
    {
        Assert.AreEqual(-EUCLEAN, Ext2Volume.Mount(new MemoryDevice(1024), out var volume));
        Assert.IsNull(volume);
        Assert.AreEqual(-ENOSPC, Ext2Volume.Format(new MemoryDevice(20), "tiny"));
    }

    [TestMethod]
    public void Fsck_finds_bitmaps_that_disagree_with_the_files()
    {
        var volume = MemoryDevice.Formatted(2048, out var device);
        var file = Create(volume, Root, "file");
        volume.Write(file, 0, Pattern(3000, 1));
        volume.Sync();
        // One group: superblock (1), descriptors (2), block bitmap (3).
        var bitmap = device.Block(3);
        var firstFree = 0;
        while ((bitmap[firstFree / 8] & (1 << (firstFree % 8))) != 0) firstFree++;
        var used = firstFree - 1; // the bit of the last block allocated
        bitmap[used / 8] &= (byte)~(1 << (used % 8));
        var free = used + 10;
        bitmap[free / 8] |= (byte)(1 << (free % 8));
        var errors = volume.Check().Errors;
        Assert.IsTrue(errors.Any(e => e.Contains($"block {used + 1} is in use but marked free", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e == $"block {free + 1}: marked in use but belongs to nothing"), string.Join("\n", errors));
    }

    [TestMethod]
    public void Fsck_finds_wrong_link_counts_and_orphans()
    {
        var volume = MemoryDevice.Formatted(2048, out var device);
        var dir = Create(volume, Root, "dir", isDirectory: true);
        var file = Create(volume, dir, "file");
        Assert.AreEqual(-ENOTEMPTY, volume.Unlink(Root, "dir"));
        volume.Sync();
        // The inode table starts after the inode bitmap (block 4), eight 128-byte inodes a block.
        Span<byte> Inode(uint n) => device.Block(5 + (n - 1) / 8).Slice((int)((n - 1) % 8) * 128, 128);
        Inode(file)[26] = 7; // i_links_count
        var errors = volume.Check().Errors;
        Assert.IsTrue(errors.Contains($"inode {file}: link count 7, but 1 directory entries name it"), string.Join("\n", errors));
        // Drop the directory's entry from the root: the directory and its file become unreachable.
        var rootBlock = BitConverter.ToUInt32(Inode(Root)[40..]);
        var block = device.Block(rootBlock);
        var dotdotLength = BitConverter.ToUInt16(block[(12 + 4)..]);
        var dirLength = BitConverter.ToUInt16(block[(12 + dotdotLength + 4)..]);
        BitConverter.TryWriteBytes(block[(12 + 4)..], (ushort)(dotdotLength + dirLength)); // '..' swallows the entry of 'dir'
        errors = volume.Check().Errors;
        Assert.IsTrue(errors.Contains($"inode {dir}: in use but in no directory (an orphan)"), string.Join("\n", errors));
    }
}
