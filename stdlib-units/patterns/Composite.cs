namespace Units.Std.Patterns;

partial struct SmallTask<TSelf>
{
    public static int Cost() => 2;

    public static string Describe() => "small";
}

partial struct LargeTask<TSelf>
{
    public static int Cost() => 5;

    public static string Describe() => "large";
}

partial struct Pair<TSelf, TLeft, TRight>
{
    public static int Cost() => TLeft.Cost() + TRight.Cost();

    public static string Describe() => $"({TLeft.Describe()} + {TRight.Describe()})";
}
