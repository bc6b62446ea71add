namespace OSKit.Donor.Ext2;

public sealed partial class Ext2Volume
{
    /// <summary>
    /// fsck: reads everything back from the disk and cross-checks it. Every allocated inode must be
    /// reachable from the root, its blocks in range, claimed once and marked in the block bitmap;
    /// every marked block must be metadata or claimed; link counts must match the directory
    /// entries that name the inode; free counts must match the bitmaps; directory blocks must be
    /// well formed, with "." and ".." first and names unique. The volume's metadata is written
    /// first, so the disk is what is checked; call it while nothing else uses the volume.
    /// </summary>
    public Ext2CheckReport Check()
    {
        Sync();
        var errors = new List<string>();
        var block = new byte[BlockSize];
        _device.ReadBlock(1, block);
        if (!Superblock.TryRead(block, out var super)) return new Ext2CheckReport(["superblock: not a valid superblock"], 0, 0, 0, 0, 0);
        var groups = _groups.Length;
        var blockBitmaps = new byte[groups][];
        var inodeBitmaps = new byte[groups][];
        var metadata = new HashSet<uint> { 1 };
        for (var i = 0; i < GroupDescriptorBlocks; i++) metadata.Add((uint)(2 + i));
        for (var g = 0; g < groups; g++)
        {
            blockBitmaps[g] = new byte[BlockSize];
            inodeBitmaps[g] = new byte[BlockSize];
            _device.ReadBlock(_groups[g].BlockBitmap, blockBitmaps[g]);
            _device.ReadBlock(_groups[g].InodeBitmap, inodeBitmaps[g]);
            metadata.Add(_groups[g].BlockBitmap);
            metadata.Add(_groups[g].InodeBitmap);
            for (var t = 0u; t < super.InodesPerGroup / Inode.PerBlock; t++) metadata.Add(_groups[g].InodeTable + t);
        }
        bool BlockMarked(uint b) => GetBit(blockBitmaps[(int)((b - 1) / super.BlocksPerGroup)], (b - 1) % super.BlocksPerGroup);
        bool InodeMarked(uint i) => GetBit(inodeBitmaps[(int)((i - 1) / super.InodesPerGroup)], (i - 1) % super.InodesPerGroup);

        // Pass 1: inodes and the blocks they claim.
        var claimedBy = new Dictionary<uint, uint>();
        var inodes = new Dictionary<uint, Inode>();
        foreach (var b in metadata) if (!BlockMarked(b)) errors.Add($"block {b}: metadata not marked in the block bitmap");
        var table = new byte[BlockSize];
        for (var ino = 1u; ino <= super.InodesCount; ino++)
        {
            var marked = InodeMarked(ino);
            var (tableBlock, offset) = InodeLocation(ino);
            if (offset == 0) _device.ReadBlock(tableBlock, table); // each inode-table block is read once
            var inode = Inode.Read(table.AsSpan(offset, Inode.Size));
            if (ino < FirstInode && ino != RootInode)
            {
                if (!marked) errors.Add($"inode {ino}: reserved but not marked in the inode bitmap");
                continue;
            }
            if (!inode.InUse)
            {
                if (marked) errors.Add($"inode {ino}: marked in use but holds nothing");
                continue;
            }
            if (!marked) errors.Add($"inode {ino}: in use but marked free");
            if (!inode.IsDirectory && !inode.IsFile) errors.Add($"inode {ino}: unknown mode {inode.Mode:x4}");
            inodes[ino] = inode;
            var count = 0u;
            foreach (var b in BlocksOf(inode, errors, ino))
            {
                count++;
                if (b < super.FirstDataBlock || b >= super.BlocksCount) errors.Add($"inode {ino}: block {b} is outside the disk");
                else if (metadata.Contains(b)) errors.Add($"inode {ino}: block {b} is filesystem metadata");
                else if (claimedBy.TryGetValue(b, out var other)) errors.Add($"inode {ino}: block {b} is also used by inode {other}");
                else
                {
                    claimedBy[b] = ino;
                    if (!BlockMarked(b)) errors.Add($"inode {ino}: block {b} is in use but marked free");
                }
            }
            if (inode.Sectors != count * (BlockSize / 512)) errors.Add($"inode {ino}: counts {inode.Sectors / (BlockSize / 512)} blocks but holds {count}");
            var dataBlocks = (inode.FileSize + BlockSize - 1) / BlockSize;
            if (inode.Block.Take(Inode.Direct).Select((b, i) => (b, i)).Any(x => x.b != 0 && x.i >= dataBlocks))
            {
                errors.Add($"inode {ino}: has blocks past its size ({inode.FileSize} bytes)");
            }
        }

        // Pass 2: blocks marked used that nothing claims (leaks), and free counts.
        uint usedBlocks = 0, usedInodes = 0;
        for (var g = 0; g < groups; g++)
        {
            var start = GroupStart(super, g);
            var size = GroupSize(super, g);
            var free = 0;
            for (var bit = 0u; bit < size; bit++)
            {
                var b = start + bit;
                if (!GetBit(blockBitmaps[g], bit)) free++;
                else if (!metadata.Contains(b) && !claimedBy.ContainsKey(b)) errors.Add($"block {b}: marked in use but belongs to nothing");
            }
            usedBlocks += size - (uint)free;
            if (free != _groups[g].FreeBlocks) errors.Add($"group {g}: {_groups[g].FreeBlocks} free blocks recorded, {free} in the bitmap");
            var freeInodes = 0;
            for (var bit = 0u; bit < super.InodesPerGroup; bit++) if (!GetBit(inodeBitmaps[g], bit)) freeInodes++;
            usedInodes += super.InodesPerGroup - (uint)freeInodes;
            if (freeInodes != _groups[g].FreeInodes) errors.Add($"group {g}: {_groups[g].FreeInodes} free inodes recorded, {freeInodes} in the bitmap");
        }
        if (super.FreeBlocks != super.BlocksCount - super.FirstDataBlock - usedBlocks) errors.Add($"superblock: {super.FreeBlocks} free blocks recorded, {super.BlocksCount - super.FirstDataBlock - usedBlocks} in the bitmaps");
        if (super.FreeInodes != super.InodesCount - usedInodes) errors.Add($"superblock: {super.FreeInodes} free inodes recorded, {super.InodesCount - usedInodes} in the bitmaps");

        // Pass 3: the directory tree from the root; references per inode.
        var references = new Dictionary<uint, int>();
        var visited = new HashSet<uint>();
        var directories = 0;
        var pending = new Queue<(uint Directory, uint Parent)>();
        if (!inodes.TryGetValue(RootInode, out var rootInode) || !rootInode.IsDirectory) errors.Add("inode 2: the root is not a directory");
        else pending.Enqueue((RootInode, RootInode));
        while (pending.Count > 0)
        {
            var (dir, parent) = pending.Dequeue();
            if (!visited.Add(dir))
            {
                errors.Add($"directory {dir}: reached twice (a directory with two parents)");
                continue;
            }
            directories++;
            var names = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var (physical, data) in DirectoryBlocks(inodes[dir], dir))
            {
                var entries = DirectoryBlock.Parse(data);
                if (entries is null)
                {
                    errors.Add($"directory {dir}: block {physical} is not a well-formed directory block");
                    continue;
                }
                foreach (var entry in entries.Where(e => e.Inode != 0))
                {
                    var expected = index switch { 0 => ".", 1 => "..", _ => null };
                    if (expected is not null && entry.Name != expected) errors.Add($"directory {dir}: entry {index} is '{entry.Name}', not '{expected}'");
                    if (entry.Name == "." && entry.Inode != dir) errors.Add($"directory {dir}: '.' names inode {entry.Inode}");
                    if (entry.Name == ".." && entry.Inode != parent) errors.Add($"directory {dir}: '..' names inode {entry.Inode}, not its parent {parent}");
                    index++;
                    if (!names.Add(entry.Name)) errors.Add($"directory {dir}: the name '{entry.Name}' appears twice");
                    if (!inodes.TryGetValue(entry.Inode, out var target))
                    {
                        errors.Add($"directory {dir}: '{entry.Name}' names inode {entry.Inode}, which is not in use");
                        continue;
                    }
                    references[entry.Inode] = references.GetValueOrDefault(entry.Inode) + 1;
                    if ((entry.Type == DirectoryBlock.TypeDirectory) != target.IsDirectory) errors.Add($"directory {dir}: '{entry.Name}' has the wrong file type");
                    if (target.IsDirectory && entry.Name is not ("." or "..")) pending.Enqueue((entry.Inode, dir));
                }
            }
            if (index < 2) errors.Add($"directory {dir}: missing '.' or '..'");
        }
        var files = 0;
        long bytes = 0;
        foreach (var (ino, inode) in inodes)
        {
            var count = references.GetValueOrDefault(ino);
            if (count == 0)
            {
                errors.Add($"inode {ino}: in use but in no directory (an orphan)");
                continue;
            }
            if (count != inode.Links) errors.Add($"inode {ino}: link count {inode.Links}, but {count} directory entries name it");
            if (inode.IsFile)
            {
                files++;
                bytes += inode.FileSize;
            }
        }
        return new Ext2CheckReport(errors, directories, files, bytes, usedBlocks, usedInodes);
    }
}
