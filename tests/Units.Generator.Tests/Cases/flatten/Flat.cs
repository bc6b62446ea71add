using System.Collections.Generic;

namespace Flat;

partial struct Adder<TSelf, TNext>
{
    private static int s_calls;

    public static int Push(ref int value, int step)
    {
        s_calls++;
        var added = value + step;
        value = added;
        return TNext.Push(ref value, step + s_calls);
    }
}

partial struct Limiter<TSelf, TNext>
{
    private const int Limit = 100;

    public static int Push(ref int value, int step)
    {
        if (value > Limit) return -1;
        var added = Twice(step);
        return TNext.Push(ref value, added);
    }

    private static int Twice(int n) => n * 2;
}

partial struct Sink<TSelf>
{
    public static int Push(ref int value, int step) => value * 1000 + step;
}

partial struct Printer<TSelf, TNext>
{
    public static void Write(string line)
    {
        var text = "> " + line;
        TNext.Write(text);
    }
}

partial struct Store<TSelf>
{
    internal static readonly List<string> Lines = new();

    public static void Write(string line) => Lines.Add(line);
}
