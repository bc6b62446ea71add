namespace Net.Packets;

/// <summary>A packet: a time to live, a checksum and a few bytes.</summary>
public struct Packet
{
    public int Ttl;
    public int Checksum;
    public byte[] Payload;
}
