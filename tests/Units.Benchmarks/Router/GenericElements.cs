namespace Units.Benchmarks.Router;

/// <summary>An element as a static-abstract interface, for hand-written generic structs.</summary>
public interface IStaticElement
{
    static abstract int Push(ref Packet p);
}

// Hand-written generic structs: the router is one closed type spelled out (RouterGeneric{N} in
// Generated/), each element's state in its own closed generic struct.

public struct GCounter<TNext> : IStaticElement where TNext : struct, IStaticElement
{
    private static long s_packets, s_bytes;

    public static int Push(ref Packet p)
    {
        s_packets++;
        s_bytes += p.Length;
        return TNext.Push(ref p);
    }
}

public struct GTtlDecrement<TNext> : IStaticElement where TNext : struct, IStaticElement
{
    private static long s_dropped;

    public static int Push(ref Packet p)
    {
        if (p.Ttl <= 1)
        {
            s_dropped++;
            return -1;
        }
        p.Ttl--;
        return TNext.Push(ref p);
    }
}

public struct GChecksumUpdate<TNext> : IStaticElement where TNext : struct, IStaticElement
{
    private static long s_updated;

    public static int Push(ref Packet p)
    {
        s_updated++;
        p.Checksum = ElementLogic.ChecksumAfterTtl(p.Checksum);
        return TNext.Push(ref p);
    }
}

public struct GClassifier<TNext> : IStaticElement where TNext : struct, IStaticElement
{
    private static long s_tcp, s_udp, s_other;

    public static int Push(ref Packet p)
    {
        if (p.Proto == 6) { s_tcp++; p.Priority = 1; }
        else if (p.Proto == 17) { s_udp++; p.Priority = 2; }
        else { s_other++; p.Priority = 0; }
        return TNext.Push(ref p);
    }
}

public struct GTokenBucket<TNext> : IStaticElement where TNext : struct, IStaticElement
{
    private static long s_tokens = ElementLogic.BucketCapacity, s_dropped;

    public static int Push(ref Packet p)
    {
        s_tokens = Math.Min(s_tokens + ElementLogic.BucketRefill, ElementLogic.BucketCapacity);
        if (s_tokens < p.Length)
        {
            s_dropped++;
            return -2;
        }
        s_tokens -= p.Length;
        return TNext.Push(ref p);
    }
}

public struct GAddressRewrite<TNext> : IStaticElement where TNext : struct, IStaticElement
{
    private static long s_rewrites;

    public static int Push(ref Packet p)
    {
        p.Dst = (p.Dst & 0xFFFFFF00u) | (uint)(s_rewrites++ & 0xFF);
        return TNext.Push(ref p);
    }
}

public struct GSink : IStaticElement
{
    private static long s_received;

    public static int Push(ref Packet p)
    {
        s_received++;
        return ElementLogic.Verdict(ref p);
    }
}
