namespace Emission;

/// <summary>One counter per instance: its count and its clock are its own.</summary>
partial struct Counter<TSelf, TClock>
{
    private static long s_count;

    public static long Next() => ++s_count * 1_000_000 + TClock.Now();
}
