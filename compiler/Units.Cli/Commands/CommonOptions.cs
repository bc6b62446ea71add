using Units.Cli.Arguments;
using Units.Compiler;
using Units.Compiler.Loading;

namespace Units.Cli.Commands;

/// <summary>What every command that reads unit files shares: the files, -D definitions and --root.</summary>
internal sealed record CommonOptions(IReadOnlyList<string> Files, Dictionary<string, string> Definitions, string? Root)
{
    public static ArgumentParser Parser() => new ArgumentParser()
        .Value("--root")
        .Value("-D", "--define")
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
            if (!FileSystemSourceProvider.Instance.Exists(file))
            {
                stderr.WriteLine($"units: cannot read '{file}': file not found");
                exitCode = ExitCodes.Usage;
                return false;
            }
        }
        options = new CommonOptions(parsed.Positionals, definitions, parsed.Get("--root"));
        return true;
    }

    public UnitCompilation Compile() =>
        UnitCompilation.Create(Files, FileSystemSourceProvider.Instance, new Variables(Definitions, Environment.GetEnvironmentVariable));
}
