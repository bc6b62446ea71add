using Units.Cli.Arguments;
using Units.Compiler;

namespace Units.Cli.Commands;

/// <summary>A command line read, its files compiled and checked.</summary>
internal sealed record CheckedInput(ParsedArguments Arguments, CommonOptions Options, UnitCompilation Compilation, CheckResult Result);

/// <summary>The steps every command that reads unit files starts with.</summary>
internal static class CommandSetup
{
    /// <summary>
    /// Parses the arguments, answers --help, lets <paramref name="prepare"/> take its own
    /// positionals (returning an error message to stop), reads the common options, and checks.
    /// Returns null with the exit code when the command has nothing more to do.
    /// </summary>
    public static CheckedInput? Run(string[] args, ArgumentParser parser, string help, TextWriter stdout, TextWriter stderr, out int exitCode,
        Func<ParsedArguments, string?>? prepare = null)
    {
        exitCode = ExitCodes.Success;
        if (!parser.TryParse(args, out var parsed, out var error))
        {
            exitCode = CliApp.UsageError(stderr, error);
            return null;
        }
        if (parsed.Has("--help"))
        {
            stdout.WriteLine(help);
            return null;
        }
        var problem = prepare?.Invoke(parsed);
        if (problem is not null)
        {
            exitCode = CliApp.UsageError(stderr, problem);
            return null;
        }
        if (!CommonOptions.TryRead(parsed, stderr, out var options, out exitCode)) return null;
        var compilation = options.Compile();
        return new CheckedInput(parsed, options, compilation, compilation.Check(options.Root));
    }
}
