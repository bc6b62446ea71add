using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Units.Compiler.Loading;

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
    /// <summary>The project directory and <c>UnitsIncludeRoots</c>: where includes may read, as in the task.</summary>
    public string? ProjectDirectory { get; init; }

    public string? IncludeRoots { get; init; }

    /// <summary>UnitsPublish: the project's units may be composed by other assemblies (public headers and accessors).</summary>
    public bool PublishesUnits { get; init; }

    /// <summary>A .unit AdditionalFile with its library metadata, if it belongs to a referenced unit library.</summary>
    public static UnitFile ReadFile(AdditionalText text, AnalyzerConfigOptions options, CancellationToken cancellation)
    {
        string? Metadata(string name) => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return new UnitFile(text.Path.Replace('\\', '/'), text.GetText(cancellation)?.ToString() ?? string.Empty)
        {
            Library = Metadata("UnitsLibrary"),
            LibraryRoot = Metadata("UnitsLibraryRoot")?.Replace('\\', '/'),
        };
    }

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        string? Read(string name) => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var definitions = BuildDefinitions.Parse(Read("UnitsDefine"), Read("MSBuildProjectDirectory"));
        var reportChecks = !string.Equals(Read("UnitsGeneratorReports"), "emission", StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(Read("UnitsRoot"), definitions.ToEquatableArray(), Read("RootNamespace") ?? "Units.Generated", reportChecks)
        {
            ProjectDirectory = Read("MSBuildProjectDirectory"),
            IncludeRoots = Read("UnitsIncludeRoots"),
            PublishesUnits = string.Equals(Read("UnitsPublish"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }
}
