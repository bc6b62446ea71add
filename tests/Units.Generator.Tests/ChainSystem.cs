namespace Units.Generator.Tests;

/// <summary>A small system used by several tests: counters wired in a chain, one unit instantiated twice.</summary>
internal static class ChainSystem
{
    public const string Units = """
        namespace Demo;
        bundletype Stage_T = { int Process(int x) }
        bundletype Count_T = { int Count() }

        /*# Adds its amount, counts its calls, passes on. #*/
        unit adder = {
          imports[ next : Stage_T ];
          exports[ stage : Stage_T ];
          initializer Reset for stage;
          depends{ exports + inits needs imports };
        }
        unit sink = { exports[ stage : Stage_T ]; initializer Reset for stage; }
        unit counter = { imports[ watched : Stage_T ]; exports[ count : Count_T ]; }

        unit Pipeline = {
          exports[ stage : Stage_T, first : Count_T ];
          link{
            [end]   <- sink  <- [];
            [b]     <- adder <- [end];
            [stage] <- adder <- [b];
            [first] <- counter <- [stage];
          }
        }
        """;

    public const string Implementations = """
        namespace Demo;

        partial struct adder<TSelf, TNext>
        {
            static int s_calls;
            public static int Calls => s_calls;
            static void Reset() => s_calls = 0;
            public static int Process(int x)
            {
                s_calls++;
                return TNext.Process(x + s_calls * 10);
            }
        }

        partial struct sink<TSelf>
        {
            static int s_last;
            static void Reset() => s_last = -1;
            public static int Process(int x) => s_last = x;
        }

        partial struct counter<TSelf, TWatched>
        {
            public static int Count() => TWatched.Process(0);
        }
        """;

    public static GeneratorHarness Harness() => new GeneratorHarness().Unit("chain.unit", Units).CSharp("Chain.cs", Implementations);
}
