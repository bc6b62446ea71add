namespace Units.Benchmarks.Chain;

/// <summary>The classic shape: components as objects behind an interface, linked at run time (Decorator chain).</summary>
public interface IStage
{
    int Process(int x);
}

public sealed class StageObject(IStage next) : IStage
{
    private int _calls;
    private long _sum;

    public int Process(int x)
    {
        _calls++;
        _sum += x;
        return next.Process(x * 3 + _calls);
    }
}

public sealed class TailObject : IStage
{
    private long _sum;

    public int Process(int x)
    {
        _sum += x;
        return x;
    }
}

public static class InterfaceChain
{
    public static IStage Build(int length)
    {
        IStage chain = new TailObject();
        for (var i = 1; i < length; i++) chain = new StageObject(chain);
        return chain;
    }
}
