using System.Text;

namespace Units.Testing;

/// <summary>
/// Writes a large, realistic composition: <c>pipelines</c> distinct compound units, each linking
/// a control unit and <c>stages</c> stage instances in a chain, all joined into one system.
/// Every atomic unit has initializers, finalizers, dependencies and a context constraint, so the
/// same file exercises binding, flattening, the constraint solver and the scheduler.
/// </summary>
public static class SyntheticComposition
{
    /// <param name="typed">Give the bundletypes C# signatures, so the composition can be emitted as C#.</param>
    public static string Write(int pipelines = 100, int stagesPerPipeline = 99, bool typed = false)
    {
        var text = new StringBuilder();
        text.AppendLine("type Blocking <= Anywhere");
        text.AppendLine("type Anywhere");
        text.AppendLine("property context");
        text.AppendLine(typed ? "bundletype Data_T = { int Get(), void Put(int value), int Size() }" : "bundletype Data_T = { get, put, size }");
        text.AppendLine(typed ? "bundletype Ctl_T = { void Start(), void Stop() }" : "bundletype Ctl_T = { start, stop }");
        text.AppendLine("unit source = { exports[ out : Data_T ]; initializer init for out; finalizer fini for out;");
        text.AppendLine("  depends{ exports needs inits; }; constraints{ context exports <= Anywhere }; }");
        text.AppendLine("unit control = { exports[ ctl : Ctl_T ]; initializer init for ctl; finalizer fini for ctl;");
        text.AppendLine("  depends{ exports needs inits; }; constraints{ context exports <= Anywhere }; }");
        text.AppendLine("unit stage = { imports[ input : Data_T, ctl : Ctl_T ]; exports[ out : Data_T ];");
        text.AppendLine("  initializer init for out; finalizer fini for out;");
        text.AppendLine("  depends{ exports + inits needs imports; finis needs ctl; };");
        text.AppendLine("  constraints{ context exports <= context imports }; }");
        for (var p = 0; p < pipelines; p++)
        {
            text.Append($"unit Pipeline{p} = {{ imports[ input : Data_T ]; exports[ out : Data_T ]; link{{ [c] <- control <- [];");
            text.Append(" [s0] <- stage <- [input, c];");
            for (var s = 1; s < stagesPerPipeline; s++) text.Append($" [s{s}] <- stage <- [s{s - 1}, c];");
            text.AppendLine($" out = s{stagesPerPipeline - 1}; }} }}");
        }
        text.Append("unit System = { exports[ out : Data_T ]; link{ [p0] <- source <- [];");
        for (var p = 0; p < pipelines; p++) text.Append($" [p{p + 1}] <- Pipeline{p} <- [p{p}];");
        text.AppendLine($" out = p{pipelines}; }} }}");
        return text.ToString();
    }

    /// <summary>The number of atomic instances <see cref="Write"/> produces.</summary>
    public static int InstanceCount(int pipelines = 100, int stagesPerPipeline = 99) => 1 + pipelines * (stagesPerPipeline + 1);
}
