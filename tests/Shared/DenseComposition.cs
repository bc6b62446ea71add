using System.Text;

namespace Units.Testing;

/// <summary>
/// A dense composition: every instance has 10 imports of an 8-member bundletype, supplied by ten
/// earlier instances, and constrains 3 properties over an 8-level type order — the shape that
/// makes `units check` costly (issue 13), beside the chain-like SyntheticComposition.
/// </summary>
public static class DenseComposition
{
    public const int Imports = 10;
    public const int Members = 8;
    public const int Levels = 8;
    public const int Properties = 3;

    /// <param name="violation">Make the last instance demand more than a leaf provides: one rule violation to explain.</param>
    public static string Write(int instances = 10_000, bool violation = false)
    {
        var text = new StringBuilder();
        for (var p = 0; p < Properties; p++)
        {
            for (var l = Levels - 1; l > 0; l--) text.AppendLine($"type P{p}L{l} <= P{p}L{l - 1}");
            text.AppendLine($"type P{p}L0");
            text.AppendLine($"property prop{p}");
        }
        text.AppendLine("bundletype Port_T = { " + string.Join(", ", Enumerable.Range(0, Members).Select(m => $"m{m}")) + " }");
        var imports = string.Join(", ", Enumerable.Range(0, Imports).Select(i => $"i{i} : Port_T"));
        var rules = string.Join(" ", Enumerable.Range(0, Properties).Select(p => $"prop{p} exports <= prop{p} imports;"));
        text.AppendLine($"unit node = {{ imports[ {imports} ]; exports[ out : Port_T ]; initializer init for out;");
        text.AppendLine($"  depends{{ exports + inits needs imports; }}; constraints{{ {rules} }}; }}");
        var leafRules = string.Join(" ", Enumerable.Range(0, Properties).Select(p => $"prop{p} exports <= P{p}L{(p + 3) % Levels};"));
        text.AppendLine($"unit leaf = {{ exports[ out : Port_T ]; initializer init for out; depends{{ exports needs inits; }}; constraints{{ {leafRules} }}; }}");
        var demand = violation ? "constraints{ prop0 imports >= P0L0; }; " : "";
        text.AppendLine($"unit sink = {{ imports[ in : Port_T ]; exports[ done : Port_T ]; {demand}}}");
        text.Append("unit Dense = { exports[ done : Port_T ]; link{");
        for (var l = 0; l < Imports; l++) text.Append($" [l{l}] <- leaf <- [];");
        for (var n = 0; n < instances; n++)
        {
            // Ten suppliers among the ten leaves and the instances before: a layered, dense graph.
            var suppliers = Enumerable.Range(1, Imports).Select(k => n - k * 7 >= 0 ? $"n{n - k * 7}" : $"l{(n + k) % Imports}");
            text.Append($" [n{n}] <- node <- [{string.Join(", ", suppliers)}];");
        }
        text.AppendLine($" [done] <- sink <- [n{instances - 1}]; }} }}");
        return text.ToString();
    }
}
