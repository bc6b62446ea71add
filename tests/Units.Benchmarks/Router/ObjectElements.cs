namespace Units.Benchmarks.Router;

/// <summary>An element as an object: what interface-object wiring and the containers link at run time.</summary>
public interface IElement
{
    int Push(ref Packet p);
}

public sealed class CounterElement(IElement next) : IElement
{
    private long _packets, _bytes;

    public int Push(ref Packet p)
    {
        _packets++;
        _bytes += p.Length;
        return next.Push(ref p);
    }
}

public sealed class TtlDecrementElement(IElement next) : IElement
{
    private long _dropped;

    public int Push(ref Packet p)
    {
        if (p.Ttl <= 1)
        {
            _dropped++;
            return -1;
        }
        p.Ttl--;
        return next.Push(ref p);
    }
}

public sealed class ChecksumUpdateElement(IElement next) : IElement
{
    private long _updated;

    public int Push(ref Packet p)
    {
        _updated++;
        p.Checksum = ElementLogic.ChecksumAfterTtl(p.Checksum);
        return next.Push(ref p);
    }
}

public sealed class ClassifierElement(IElement next) : IElement
{
    private long _tcp, _udp, _other;

    public int Push(ref Packet p)
    {
        if (p.Proto == 6) { _tcp++; p.Priority = 1; }
        else if (p.Proto == 17) { _udp++; p.Priority = 2; }
        else { _other++; p.Priority = 0; }
        return next.Push(ref p);
    }
}

public sealed class TokenBucketElement(IElement next) : IElement
{
    private long _tokens = ElementLogic.BucketCapacity, _dropped;

    public int Push(ref Packet p)
    {
        _tokens = Math.Min(_tokens + ElementLogic.BucketRefill, ElementLogic.BucketCapacity);
        if (_tokens < p.Length)
        {
            _dropped++;
            return -2;
        }
        _tokens -= p.Length;
        return next.Push(ref p);
    }
}

public sealed class AddressRewriteElement(IElement next) : IElement
{
    private long _rewrites;

    public int Push(ref Packet p)
    {
        p.Dst = (p.Dst & 0xFFFFFF00u) | (uint)(_rewrites++ & 0xFF);
        return next.Push(ref p);
    }
}

public sealed class SinkElement : IElement
{
    private long _received;

    public int Push(ref Packet p)
    {
        _received++;
        return ElementLogic.Verdict(ref p);
    }
}

/// <summary>Builds a router of <c>n</c> elements (the last is the sink) as objects, from the end.</summary>
public static class ObjectRouter
{
    public static IElement Element(int kind, IElement next) => kind switch
    {
        0 => new CounterElement(next),
        1 => new TtlDecrementElement(next),
        2 => new ChecksumUpdateElement(next),
        3 => new ClassifierElement(next),
        4 => new TokenBucketElement(next),
        _ => new AddressRewriteElement(next),
    };

    public static IElement Build(int n)
    {
        IElement element = new SinkElement();
        for (var i = n - 2; i >= 0; i--) element = Element(i % 6, element);
        return element;
    }
}
