using Units.Cli.Arguments;
using Units.Compiler;
using Units.Compiler.Loading;

namespace Units.Cli.Commands;

/// <summary>What every command that reads unit files shares: the files, -D definitions, --root and --include-root.</summary>
internal sealed record CommonOptions(IReadOnlyList<string> Files, Dictionary<string, string> Definitions, string? Root)
{
    /// <summary>Directories includes may read besides the current one and those of the named files.</summary>
    public IReadOnlyList<string> IncludeRoots { get; init; } = Array.Empty<string>();

    /// <summary>Unit libraries, NAME=DIR: <c>include "NAME:file.unit"</c> reads DIR/file.unit.</summary>
    public UnitLibraries Libraries { get; init; } = UnitLibraries.None;

    public static ArgumentParser Parser() => new ArgumentParser()
        .Value("--root")
        .Value("-D", "--define")
        .Value("--include-root")
        .Value("--library")
        .Flag("--help", "-h");

    /// <summary>Reads the shared options; on failure prints the problem and returns the exit code.</summary>
    public static bool TryRead(ParsedArguments parsed, TextWriter stderr, out CommonOptions options, out int exitCode)
    {
        options = new CommonOptions(Array.Empty<string>(), new Dictionary<string, string>(), null);
        exitCode = ExitCodes.Success;
        if (!Arguments.Definitions.TryParse(parsed.GetAll("-D"), out var definitions, out var error))
        {
            exitCode = CliApp.UsageError(stderr, error);
            return false;
        }
        if (parsed.Positionals.Count == 0)
        {
            exitCode = CliApp.UsageError(stderr, "no unit files given");
            return false;
        }
        foreach (var file in parsed.Positionals)
        {
            // Only unit files: a check prints the lines its diagnostics point at.
            if (!LoadingPolicy.IsUnitFile(file))
            {
                exitCode = CliApp.UsageError(stderr, $"'{file}' is not a .unit file");
                return false;
            }
            if (!FileSystemSourceProvider.Instance.Exists(file))
            {
                stderr.WriteLine($"units: cannot read '{file}': file not found");
                exitCode = ExitCodes.Usage;
                return false;
            }
        }
        foreach (var root in parsed.GetAll("--include-root"))
        {
            if (!Directory.Exists(root))
            {
                stderr.WriteLine($"units: --include-root '{root}' is not a directory");
                exitCode = ExitCodes.Usage;
                return false;
            }
        }
        var libraries = new List<UnitLibrary>();
        foreach (var library in parsed.GetAll("--library"))
        {
            var eq = library.IndexOf('=');
            var name = eq > 0 ? library.Substring(0, eq) : string.Empty;
            if (!UnitLibraries.IsName(name))
            {
                exitCode = CliApp.UsageError(stderr, $"--library '{library}' is not NAME=DIR (a library name of two or more letters, digits, '.', '_' or '-')");
                return false;
            }
            var directory = library.Substring(eq + 1);
            if (!Directory.Exists(directory))
            {
                stderr.WriteLine($"units: --library '{name}': '{directory}' is not a directory");
                exitCode = ExitCodes.Usage;
                return false;
            }
            libraries.Add(new UnitLibrary(name, FileSystemSourceProvider.Instance.GetKey(directory)));
        }
        options = new CommonOptions(parsed.Positionals, definitions, parsed.Get("--root"))
        {
            IncludeRoots = parsed.GetAll("--include-root"),
            Libraries = new UnitLibraries(libraries),
        };
        return true;
    }

    /// <summary>Includes may read the current directory, the named files' directories and each --include-root, with all below them.</summary>
    public LoadingPolicy Policy()
    {
        var provider = FileSystemSourceProvider.Instance;
        var roots = new[] { Directory.GetCurrentDirectory() }
            .Concat(Files.Select(f => Path.GetDirectoryName(provider.GetKey(f)) ?? "/"))
            .Concat(IncludeRoots.Select(provider.GetKey));
        return new LoadingPolicy(roots, FrontEnd.Tool, Libraries);
    }

    public UnitCompilation Compile() =>
        UnitCompilation.Create(Files, FileSystemSourceProvider.Instance, new Variables(Definitions, Environment.GetEnvironmentVariable), Policy());
}
