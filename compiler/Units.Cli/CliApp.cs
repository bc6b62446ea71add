using Units.Cli.Commands;

namespace Units.Cli;

/// <summary>Dispatches a command line to a command. Never lets an exception escape.</summary>
internal static class CliApp
{
    public const string Usage = """
        units — check, explain and emit unit compositions

        usage: units <command> [options] <file.unit>...
               units --version

        commands:
          check      check unit files: syntax, names, links, design rules, schedules
          explain    show a property's value at an instance, port or member, and why
          schedule   show the order of initializers and finalizers
          graph      draw a composition (DOT or Mermaid), violations marked
          emit       print the C# that Units generates

        Run 'units <command> --help' for the options of a command.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 1 && args[0] == "--version")
            {
                stdout.WriteLine(Output.DiagnosticPrinter.Version);
                return ExitCodes.Success;
            }
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }
            var rest = args.Skip(1).ToArray();
            return args[0] switch
            {
                "check" => CheckCommand.Run(rest, stdout, stderr),
                "explain" => ExplainCommand.Run(rest, stdout, stderr),
                "schedule" => ScheduleCommand.Run(rest, stdout, stderr),
                "graph" => GraphCommand.Run(rest, stdout, stderr),
                "emit" => EmitCommand.Run(rest, stdout, stderr),
                _ => UsageError(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException && Environment.GetEnvironmentVariable("UNITS_DEBUG") is null)
        {
            stderr.WriteLine($"units: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("This is a bug in units; please report it with the input that caused it.");
            return ExitCodes.InternalError;
        }
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"units: {message}");
        stderr.WriteLine("Run 'units --help' for usage.");
        return ExitCodes.Usage;
    }
}
