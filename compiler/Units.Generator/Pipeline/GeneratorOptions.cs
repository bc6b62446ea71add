using Microsoft.CodeAnalysis.Diagnostics;

namespace Units.Generator.Pipeline;

/// <summary>
/// Build settings the generator reads from MSBuild (passed as CompilerVisibleProperty):
/// <c>UnitsRoot</c>, <c>UnitsDefine</c> (NAME=value;…), and the project's <c>RootNamespace</c>
/// for unit files without a namespace. <c>UnitsGeneratorReports=emission</c> (set by the build
/// when the UnitsCheck task runs) leaves the check diagnostics to the task, so a build reports
/// each of them once, with its help link; in the IDE the generator reports them all.
/// </summary>
internal sealed record GeneratorOptions(string? Root, EquatableArray<KeyValuePair<string, string>> Definitions, string DefaultNamespace, bool ReportCheckDiagnostics = true)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        string? Read(string name) => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var definitions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (Read("UnitsDefine") ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = entry.IndexOf('=');
            var name = (equals < 0 ? entry : entry.Substring(0, equals)).Trim();
            if (name.Length > 0) definitions[name] = equals < 0 ? "1" : entry.Substring(equals + 1).Trim();
        }
        if (Read("MSBuildProjectDirectory") is { } projectDirectory && !definitions.ContainsKey("MSBuildProjectDirectory"))
        {
            definitions["MSBuildProjectDirectory"] = projectDirectory;
        }
        var reportChecks = !string.Equals(Read("UnitsGeneratorReports"), "emission", StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(Read("UnitsRoot"), definitions.ToEquatableArray(), Read("RootNamespace") ?? "Units.Generated", reportChecks);
    }
}
