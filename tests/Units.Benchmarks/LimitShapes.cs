using System.Text;

namespace Units.Benchmarks;

/// <summary>
/// The shapes that once cost quadratic time or ran out of memory (issue 11), written out as unit
/// files: each is legal, and each must check, draw and emit in seconds and in memory proportional to it.
/// </summary>
internal static class LimitShapes
{
    /// <summary>A linked bundletype with <paramref name="n"/> typed members.</summary>
    public static string Members(int n)
    {
        var text = new StringBuilder("bundletype Big_T = {\n");
        for (var i = 0; i < n; i++) text.Append(i == 0 ? "" : ",\n").Append("  int M").Append(i).Append("(int x)");
        text.Append("\n}\nunit src = { exports[ b : Big_T ]; }\n")
            .Append("unit use = { imports[ b : Big_T ]; exports[ c : Big_T ]; depends{ exports needs imports }; }\n")
            .Append("unit Top = { exports[ c : Big_T ]; link{ [b] <- src <- []; [c] <- use <- [b]; } }\n");
        return text.ToString();
    }

    /// <summary>A type order that is one chain T0 &lt;= T1 &lt;= … of <paramref name="n"/> links, used by a rule at each end.</summary>
    public static string TypeChain(int n)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++) text.Append("type T").Append(i).Append(" <= T").Append(i + 1).Append('\n');
        text.Append($"type T{n}\nproperty p\nbundletype A_T = {{ a }}\n")
            .Append($"unit s = {{ exports[ a : A_T ]; constraints{{ p exports <= T{n - 1} }}; }}\n")
            .Append("unit u = { imports[ a : A_T ]; exports[ b : A_T ]; constraints{ p imports >= T0 }; depends{ exports needs imports }; }\n")
            .Append("unit Top = { exports[ b : A_T ]; link{ [a] <- s <- []; [b] <- u <- [a]; } }\n");
        return text.ToString();
    }

    /// <summary>Bundletypes B0 … B(n-1), each extending the one before with one member.</summary>
    public static string ExtendsChain(int n)
    {
        var text = new StringBuilder("bundletype B0 = { m0 }\n");
        for (var i = 1; i < n; i++) text.Append("bundletype B").Append(i).Append(" = { extends B").Append(i - 1).Append(", m").Append(i).Append(" }\n");
        text.Append($"unit src = {{ exports[ b : B{n - 1} ]; }}\nunit Top = {{ exports[ b : B{n - 1} ]; link{{ [b] <- src <- []; }} }}\n");
        return text.ToString();
    }

    /// <summary>Compounds C1 … Cn, each holding the one below: a composition <paramref name="n"/> compounds deep.</summary>
    public static string CompoundChain(int n)
    {
        var text = new StringBuilder("bundletype A_T = { int Get() }\nunit C0 = { exports[ a : A_T ]; }\n");
        for (var i = 1; i <= n; i++) text.Append("unit C").Append(i).Append(" = { exports[ a : A_T ]; link{ [a] <- C").Append(i - 1).Append(" <- []; } }\n");
        return text.ToString();
    }

    /// <summary>Compounds that each hold two of the one below: 2^<paramref name="levels"/> instances.</summary>
    public static string Doubling(int levels)
    {
        var text = new StringBuilder("bundletype A_T = { int Get() }\nunit D0 = { exports[ a : A_T, b : A_T ]; }\n");
        for (var i = 1; i <= levels; i++)
            text.Append($"unit D{i} = {{ exports[ a : A_T, b : A_T ]; link{{ [a, x] <- D{i - 1} <- []; [y, b] <- D{i - 1} <- []; }} }}\n");
        return text.ToString();
    }

    /// <summary>One compound of <paramref name="n"/> typed instances in a chain.</summary>
    public static string Instances(int n)
    {
        var text = new StringBuilder("bundletype A_T = { int Get() }\nunit src = { exports[ a : A_T ]; }\n")
            .Append("unit step = { imports[ a : A_T ]; exports[ b : A_T ]; depends{ exports needs imports }; }\n")
            .Append("unit Top = { exports[ a : A_T ]; link{\n  [a0] <- src <- [];\n");
        for (var i = 1; i < n - 1; i++) text.Append("  [a").Append(i).Append("] <- step <- [a").Append(i - 1).Append("];\n");
        text.Append($"  [a] <- step <- [a{n - 2}];\n}} }}\n");
        return text.ToString();
    }
}
