namespace Units.Benchmarks.Router;

/// <summary>One packet's header, as the router's elements see it; passed by reference along the path.</summary>
public struct Packet
{
    public uint Src;
    public uint Dst;
    public int Length;
    public ushort Checksum;
    public byte Ttl;
    public byte Proto;
    public int Priority;

    /// <summary>Sixteen packets of mixed protocols and sizes; the benchmarks push them in turn.</summary>
    public static Packet[] Templates()
    {
        var packets = new Packet[16];
        for (var i = 0; i < packets.Length; i++)
        {
            packets[i] = new Packet
            {
                Src = 0x0A000001u + (uint)i,
                Dst = 0xC0A80000u + (uint)(i * 7),
                Length = 64 + i * 90,
                Checksum = (ushort)(0x1C46 + i * 31),
                Ttl = 255,
                Proto = (byte)(i % 3 == 0 ? 6 : i % 3 == 1 ? 17 : 1),
            };
        }
        return packets;
    }
}

/// <summary>
/// The six element kinds, in the order a router of N elements cycles through them, and the
/// arithmetic each does: every variant (Units, hand-written, objects, containers, generic
/// structs) runs exactly this, and RouterCheck makes sure they agree.
/// </summary>
public static class ElementLogic
{
    public static readonly string[] Kinds = ["counter", "ttl_decrement", "checksum_update", "classifier", "token_bucket", "address_rewrite"];

    public const long BucketCapacity = 1_000_000;
    public const long BucketRefill = 1_500;

    /// <summary>RFC 1624 incremental update for the TTL decrement: HC' = ~(~HC + ~m + m').</summary>
    public static ushort ChecksumAfterTtl(ushort checksum)
    {
        var sum = (uint)(~checksum & 0xFFFF) + 0xFEFFu;
        sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }

    /// <summary>What the end of the path returns for a packet that reached it.</summary>
    public static int Verdict(ref Packet p) => (int)(p.Dst ^ p.Checksum ^ ((uint)p.Ttl << 8) ^ (uint)p.Priority);
}
