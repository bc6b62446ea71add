#if UNITS_ROUTER_LIBRARY
using Units.Benchmarks.Router;

namespace Units.Benchmarks.RouterLibrary;
#else
namespace Units.Benchmarks.Router;
#endif

// The router's elements as units: state is per instance (each instance is its own struct). The
// same file is compiled into Units.Benchmarks.Library (in another namespace) for the router's
// library variant: the same code, composed from another assembly.

partial struct Counter<TSelf, TNext>
{
    private static long s_packets, s_bytes;

    public static int Push(ref Packet p)
    {
        s_packets++;
        s_bytes += p.Length;
        return TNext.Push(ref p);
    }
}

partial struct TtlDecrement<TSelf, TNext>
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

partial struct ChecksumUpdate<TSelf, TNext>
{
    private static long s_updated;

    public static int Push(ref Packet p)
    {
        s_updated++;
        p.Checksum = ElementLogic.ChecksumAfterTtl(p.Checksum);
        return TNext.Push(ref p);
    }
}

partial struct Classifier<TSelf, TNext>
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

partial struct TokenBucket<TSelf, TNext>
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

partial struct AddressRewrite<TSelf, TNext>
{
    private static long s_rewrites;

    public static int Push(ref Packet p)
    {
        p.Dst = (p.Dst & 0xFFFFFF00u) | (uint)(s_rewrites++ & 0xFF);
        return TNext.Push(ref p);
    }
}

partial struct Sink<TSelf>
{
    private static long s_received;

    public static int Push(ref Packet p)
    {
        s_received++;
        return ElementLogic.Verdict(ref p);
    }
}
