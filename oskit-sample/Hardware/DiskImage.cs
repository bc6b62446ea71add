using Microsoft.Win32.SafeHandles;

namespace OSKit.Hardware;

/// <summary>The sectors of a simulated disk: in memory, or in a file that outlives the program.</summary>
public abstract class DiskImage : IDisposable
{
    protected DiskImage(long bytes) => Bytes = bytes;

    public long Bytes { get; }

    /// <summary>True when the image was created empty by this run (a file that existed is reused).</summary>
    public abstract bool IsNew { get; }

    public abstract string Description { get; }

    public abstract void Read(long offset, Span<byte> buffer);

    public abstract void Write(long offset, ReadOnlySpan<byte> data);

    public abstract void Flush();

    public abstract void Dispose();

    /// <summary>An image in memory, zeroed.</summary>
    public static DiskImage InMemory(long bytes) => new MemoryImage(bytes);

    /// <summary>An image in a file: opened if it exists (it must have the right size), created otherwise.</summary>
    public static DiskImage InFile(string path, long bytes) => new FileImage(path, bytes);

    private sealed class MemoryImage(long bytes) : DiskImage(bytes)
    {
        private readonly byte[] _sectors = new byte[bytes];

        public override bool IsNew => true;

        public override string Description => $"memory, {Bytes / 1024} KiB";

        public override void Read(long offset, Span<byte> buffer) => _sectors.AsSpan((int)offset, buffer.Length).CopyTo(buffer);

        public override void Write(long offset, ReadOnlySpan<byte> data) => data.CopyTo(_sectors.AsSpan((int)offset));

        public override void Flush() { }

        public override void Dispose() { }
    }

    private sealed class FileImage : DiskImage
    {
        private readonly SafeFileHandle _file;
        private readonly string _path;

        public FileImage(string path, long bytes) : base(bytes)
        {
            _path = Path.GetFullPath(path);
            IsNew = !File.Exists(_path);
            _file = File.OpenHandle(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            var length = RandomAccess.GetLength(_file);
            if (IsNew || length == 0)
            {
                IsNew = true;
                RandomAccess.SetLength(_file, bytes);
            }
            else if (length != bytes)
            {
                _file.Dispose();
                throw new IOException($"the image '{_path}' holds {length} bytes, but this disk needs {bytes}: it was made for another disk");
            }
        }

        public override bool IsNew { get; }

        public override string Description => $"{_path}, {Bytes / 1024} KiB";

        public override void Read(long offset, Span<byte> buffer)
        {
            for (var done = 0; done < buffer.Length;)
            {
                var read = RandomAccess.Read(_file, buffer[done..], offset + done);
                if (read == 0) throw new IOException($"the image '{_path}' ended early");
                done += read;
            }
        }

        public override void Write(long offset, ReadOnlySpan<byte> data) => RandomAccess.Write(_file, data, offset);

        public override void Flush() => RandomAccess.FlushToDisk(_file);

        public override void Dispose() => _file.Dispose();
    }
}
