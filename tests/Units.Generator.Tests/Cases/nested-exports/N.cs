namespace Demo;

partial struct Pair<TSelf>
{
    public partial struct Left { public static string Name() => "left"; }

    public partial struct Right { public static string Name() => "right"; }
}
