namespace Demo;

partial struct source<TSelf> { public static int Get() => 1; }

partial struct user<TSelf, TA, TB> { public static int Get() => TA.Get() + TB.Get(); }

public static class Caller
{
    public static int Use() => Top.V.Get();
}
