#nullable enable
using Net.Packets;

namespace Net.Elements;

partial struct Counter<TSelf>
{
    private static long s_count;
    private static long s_bytes;
    private static string? s_last;

    private static void Reset() => (s_count, s_bytes, s_last) = (0, 0, null);

    public static void Push(ref Packet packet)
    {
        s_count++;
        s_bytes += packet.Payload.Length;
        s_last = $"ttl {packet.Ttl}, checksum {packet.Checksum}";
    }

    public static long Count() => s_count;

    public static string Describe() => $"{s_count} packets, {s_bytes} bytes, last: {s_last ?? "none"}";
}
