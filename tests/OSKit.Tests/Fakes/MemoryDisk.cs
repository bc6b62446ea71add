namespace OSKit.Tests.Fakes;

/// <summary>The fake disk: sectors in memory. Its state is set by its initializer, so each Initialize starts from a blank disk.</summary>
partial struct memory_disk<TSelf>
{
    private const int Sector = 512;
    private static byte[] s_sectors = [];
    private static int s_reads;
    private static int s_writes;

    public static int SectorSize() => Sector;

    public static long Sectors() => 8192;

    public static void Read(long sector, Span<byte> buffer)
    {
        s_reads++;
        s_sectors.AsSpan((int)(sector * Sector), buffer.Length).CopyTo(buffer);
    }

    public static void Write(long sector, ReadOnlySpan<byte> data)
    {
        s_writes++;
        data.CopyTo(s_sectors.AsSpan((int)(sector * Sector)));
    }

    public static int Writes() => s_writes;

    public static int Reads() => s_reads;

    private static void Erase()
    {
        s_sectors = new byte[8192 * Sector];
        s_reads = s_writes = 0;
    }
}
