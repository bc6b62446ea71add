using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Units.Compiler;
using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Reports;
using Task = Microsoft.Build.Utilities.Task;

namespace Units.Build;

/// <summary>
/// Checks a project's unit files before CoreCompile — syntax, names, links, design rules and
/// schedules — with the same compiler core as the CLI and the generator, and logs every
/// diagnostic with its code, file, line, column and help link. Severities follow NoWarn,
/// WarningsAsErrors, TreatWarningsAsErrors and .globalconfig, as the C# compiler's do.
/// </summary>
public sealed class UnitsCheck : Task
{
    [Required]
    public ITaskItem[] UnitFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Unit files of referenced libraries (metadata UnitsLibrary, UnitsLibraryRoot): read for includes, never roots.</summary>
    public ITaskItem[] LibraryFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Check only this composition (UnitsRoot).</summary>
    public string? Root { get; set; }

    /// <summary>
    /// Values for ${NAME}: "NAME=value;OTHER=value" (UnitsDefine), read as the generator reads them.
    /// No environment fallback, unlike the CLI: the generator cannot read the environment, and
    /// both must see the same values.
    /// </summary>
    public string? Defines { get; set; }

    /// <summary>The project's directory, for ${MSBuildProjectDirectory}, and where includes may read.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>More directories includes may read (UnitsIncludeRoots; ';'-separated, relative to the project).</summary>
    public string? IncludeRoots { get; set; }

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>.globalconfig files whose dotnet_diagnostic.UNITnnnn.severity entries apply.</summary>
    public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where to write a SARIF 2.1.0 log (UnitsSarifOutput); none when empty.</summary>
    public string? SarifOutput { get; set; }

    /// <summary>The project the check is of (MSBuildProjectFullPath): recorded in the SARIF log, to notice two projects writing one log.</summary>
    public string? ProjectFile { get; set; }

    public override bool Execute()
    {
        try
        {
            var paths = UnitFiles.Select(i => i.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal);
            var libraryPaths = LibraryFiles.Select(i => i.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToList();
            var libraries = UnitLibraries.FromFiles(LibraryFiles.Select(i => ((string?)i.GetMetadata("UnitsLibrary"), (string?)i.GetMetadata("UnitsLibraryRoot"))));
            // Only the items are read, as the generator reads only its AdditionalFiles.
            var provider = new ItemSourceProvider(FileSystemSourceProvider.Instance, paths.Concat(libraryPaths));
            var compilation = UnitCompilation.Create(paths, provider, new Variables(BuildDefinitions.Parse(Defines, ProjectDirectory)),
                LoadingPolicy.ForBuild(ProjectDirectory, IncludeRoots, libraries));
            var diagnostics = Severities().Apply(compilation.Check(string.IsNullOrWhiteSpace(Root) ? null : Root!.Trim()).Diagnostics);
            foreach (var diagnostic in diagnostics) MSBuildLog.Write(Log, diagnostic);
            if (!string.IsNullOrWhiteSpace(SarifOutput)) WriteSarif(SarifOutput!.Trim(), diagnostics);
        }
        catch (Exception e)
        {
            Log.LogError(null, DiagnosticDescriptors.InternalError.Id, null, null, 0, 0, 0, 0,
                DiagnosticDescriptors.InternalError.Format(e.GetType().Name, e.Message));
        }
        return !Log.HasLoggedErrors;
    }

    private SeverityOptions Severities()
    {
        var options = new SeverityOptions { TreatWarningsAsErrors = TreatWarningsAsErrors };
        options.AddNoWarn(NoWarn);
        options.AddWarningsAsErrors(WarningsAsErrors);
        options.AddWarningsNotAsErrors(WarningsNotAsErrors);
        foreach (var file in ConfigFiles)
        {
            var path = file.GetMetadata("FullPath");
            if (File.Exists(path)) options.AddConfig(File.ReadAllText(path));
        }
        return options;
    }

    private void WriteSarif(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var project = string.IsNullOrWhiteSpace(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode ?? string.Empty : ProjectFile!;
        var log = SarifLog.Write(diagnostics, typeof(UnitsCheck).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", project);
        if (project.Length > 0 && SarifLog.OtherProject(path, log) is { } other)
        {
            var shared = Diagnostic.Create(DiagnosticDescriptors.SarifOutputShared, Units.Compiler.Text.SourceLocation.None, path, other);
            foreach (var diagnostic in Severities().Apply(new[] { shared })) MSBuildLog.Write(Log, diagnostic);
        }
        File.WriteAllText(path, log);
        Log.LogMessage(MessageImportance.Normal, "Units: wrote SARIF log {0}", path);
    }
}
