namespace Units.Benchmarks;

/// <summary>C# implementations of the synthetic composition's units (SyntheticComposition, typed), for the benchmarks that generate and build it.</summary>
internal static class SyntheticImplementations
{
    public const string SourceAndControl = """
        namespace Bench;
        partial struct source<TSelf>
        {
            private static int s_value;
            public static int Get() => s_value;
            public static void Put(int value) => s_value = value;
            public static int Size() => 1;
            private static void init() { }
            private static void fini() { }
        }
        partial struct control<TSelf>
        {
            public static void Start() { }
            public static void Stop() { }
            private static void init() { }
            private static void fini() { }
        }

        """;

    /// <summary>The stage; <paramref name="edit"/> changes one line of it (an edit in the IDE).</summary>
    public static string Stage(int edit) => $$"""
        namespace Bench;
        partial struct stage<TSelf, TInput, TCtl>
        {
            private static int s_value;
            public static int Get() => TInput.Get() + s_value + {{edit}};
            public static void Put(int value) { s_value = value; TInput.Put(value); }
            public static int Size() => TInput.Size() + 1;
            private static void init() { }
            private static void fini() { }
        }

        """;
}
