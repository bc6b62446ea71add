using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace OSKit.Hardware;

/// <summary>A command written to a controller's registers, with the memory its data moves to or from.</summary>
public sealed record Command(byte[] Registers, Memory<byte> Data);

/// <summary>What a simulated disk has done: commands, sectors moved, and how far its head travelled.</summary>
public readonly record struct DiskStatistics(string Model, long Commands, long SectorsRead, long SectorsWritten, long HeadTravel, long Errors, TimeSpan SeekTime);

/// <summary>How a controller family decodes its command registers.</summary>
public abstract class CommandSet
{
    public abstract string Model { get; }

    public abstract long Sectors { get; }

    /// <summary>The transfer a command asks for; false when the registers do not hold a valid command of this set.</summary>
    public abstract bool TryDecode(ReadOnlySpan<byte> registers, out long sector, out int count, out bool write);

    public static CommandSet Ide(long sectors) => new IdeCommands(sectors);

    public static CommandSet Scsi(long sectors) => new ScsiCommands(sectors);

    public static CommandSet Floppy() => new FloppyCommands();

    private sealed class IdeCommands(long sectors) : CommandSet
    {
        public override string Model => "IDE disk";
        public override long Sectors => sectors;

        public override bool TryDecode(ReadOnlySpan<byte> r, out long sector, out int count, out bool write)
        {
            sector = r.Length == 8 ? r[2] | (r[3] << 8) | (r[4] << 16) | ((r[5] & 0x0F) << 24) : 0;
            count = r.Length == 8 ? (r[1] == 0 ? 256 : r[1]) : 0;
            write = r.Length == 8 && r[6] == 0xCA;
            return r.Length == 8 && (r[5] & 0xE0) == 0xE0 && r[6] is 0xC8 or 0xCA;
        }
    }

    private sealed class ScsiCommands(long sectors) : CommandSet
    {
        public override string Model => "SCSI disk";
        public override long Sectors => sectors;

        public override bool TryDecode(ReadOnlySpan<byte> r, out long sector, out int count, out bool write)
        {
            var valid = r.Length == 10 && r[0] is 0x28 or 0x2A;
            sector = valid ? BinaryPrimitives.ReadUInt32BigEndian(r[2..]) : 0;
            count = valid ? BinaryPrimitives.ReadUInt16BigEndian(r[7..]) : 0;
            write = valid && r[0] == 0x2A;
            return valid && count > 0;
        }
    }

    private sealed class FloppyCommands : CommandSet
    {
        public override string Model => "1.44 MB floppy drive";
        public override long Sectors => 80 * 2 * 18;

        public override bool TryDecode(ReadOnlySpan<byte> r, out long sector, out int count, out bool write)
        {
            var valid = r.Length == 9 && r[0] is 0xE6 or 0xC5 && r[5] == 2 && r[3] < 2 && r[4] is >= 1 and <= 18 && r[2] < 80;
            sector = valid ? (r[2] * 2L + r[3]) * 18 + r[4] - 1 : 0;
            count = valid ? r[6] : 0;
            write = valid && r[0] == 0xC5;
            return valid && count > 0 && (sector % 36) + count <= 36; // within one cylinder
        }
    }
}

/// <summary>
/// A simulated disk controller. A command is carried out on the controller's own thread, as a
/// DMA engine would, so issuing one never blocks; when it is done the controller raises its
/// interrupt line. One command at a time: a second before the first is acknowledged fails.
/// </summary>
public sealed class SimulatedController : IDisposable
{
    public const int SectorSize = 512;

    private readonly CommandSet _commands;
    private readonly DiskImage _image;
    private readonly Action _raiseInterrupt;
    private readonly BlockingCollection<Command> _work = new();
    private readonly Thread _thread;
    private long _head, _commandCount, _read, _written, _travel, _errors, _busyTicks;
    private int _busy;
    private volatile bool _lastOk;

    public SimulatedController(CommandSet commands, DiskImage image, Action raiseInterrupt)
    {
        if (image.Bytes != commands.Sectors * SectorSize) throw new ArgumentException("the image does not match the disk", nameof(image));
        _commands = commands;
        _image = image;
        _raiseInterrupt = raiseInterrupt;
        _thread = new Thread(Run) { IsBackground = true, Name = $"{commands.Model} controller" };
        _thread.Start();
    }

    public long Sectors => _commands.Sectors;

    public void Issue(Command command)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0) throw new InvalidOperationException("the controller is busy: a command is already in progress");
        _work.Add(command);
    }

    /// <summary>Reads and clears the status of the last command: true when it succeeded.</summary>
    public bool Acknowledge()
    {
        var ok = _lastOk;
        Volatile.Write(ref _busy, 0);
        return ok;
    }

    public DiskStatistics Statistics() => new(_commands.Model, Interlocked.Read(ref _commandCount), Interlocked.Read(ref _read),
        Interlocked.Read(ref _written), Interlocked.Read(ref _travel), Interlocked.Read(ref _errors), TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks)));

    /// <summary>
    /// The head takes time to move: a settle time plus a time proportional to the distance (a full
    /// stroke costs <see cref="FullStroke"/>), scaled down from a real disk's milliseconds so the
    /// sample stays quick. The controller's thread waits it out, so requests queue up meanwhile
    /// and the strategy has choices to make. Returns the time, in ticks.
    /// </summary>
    private long Move(long distance)
    {
        var ticks = Settle.Ticks + (long)(FullStroke.Ticks * (double)distance / _commands.Sectors);
        var until = System.Diagnostics.Stopwatch.GetTimestamp() + ticks * System.Diagnostics.Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        while (System.Diagnostics.Stopwatch.GetTimestamp() < until) Thread.SpinWait(20);
        return ticks;
    }

    private static readonly TimeSpan Settle = TimeSpan.FromMicroseconds(10);
    private static readonly TimeSpan FullStroke = TimeSpan.FromMicroseconds(150);

    private void Run()
    {
        foreach (var command in _work.GetConsumingEnumerable())
        {
            _lastOk = Execute(command);
            _raiseInterrupt();
        }
    }

    private bool Execute(Command command)
    {
        Interlocked.Increment(ref _commandCount);
        if (!_commands.TryDecode(command.Registers, out var sector, out var count, out var write) ||
            sector < 0 || sector + count > _commands.Sectors || command.Data.Length != count * SectorSize)
        {
            Interlocked.Increment(ref _errors);
            return false;
        }
        var distance = Math.Abs(sector - _head);
        Interlocked.Add(ref _travel, distance);
        _head = sector + count;
        Interlocked.Add(ref _busyTicks, Move(distance));
        try
        {
            if (write)
            {
                _image.Write(sector * SectorSize, command.Data.Span);
                Interlocked.Add(ref _written, count);
            }
            else
            {
                _image.Read(sector * SectorSize, command.Data.Span);
                Interlocked.Add(ref _read, count);
            }
            return true;
        }
        catch (IOException)
        {
            Interlocked.Increment(ref _errors);
            return false;
        }
    }

    /// <summary>Stops the controller's thread once the commands already issued are done.</summary>
    public void Dispose()
    {
        _work.CompleteAdding();
        _thread.Join();
        _work.Dispose();
    }
}
