namespace Units.Cli.Commands;

/// <summary><c>units schedule</c>: the initializer order, then the finalizer order.</summary>
internal static class ScheduleCommand
{
    public const string Help = """
        usage: units schedule [options] <file.unit>...

        Prints the order in which the composition's initializers run at start-up, then the order
        of its finalizers at shutdown: one call per line, as instance.function (unit).

        options:
          --root <Unit>       the composition (required when there are several)
          -D NAME=value       define a variable for ${NAME} in strings (repeatable)
          --include-root <dir> let includes read this directory too (repeatable)
          --library <name>=<dir> include "<name>:file.unit" reads <dir>/file.unit (repeatable)
          -h, --help          show this help

        exit codes: 0 scheduled, 1 the files have errors (such as an initializer cycle), 2 usage problem
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var input = CommandSetup.Run(args, CommonOptions.Parser(), Help, stdout, stderr, out var exitCode);
        if (input is null) return exitCode;
        var composition = CompositionCommand.Select(input.Result, stdout, stderr, out exitCode);
        if (composition is null) return exitCode;
        stdout.WriteLine("initializers:");
        foreach (var call in composition.Schedule.Initializers) stdout.WriteLine($"  {call.Name} ({call.UnitName})");
        stdout.WriteLine("finalizers:");
        foreach (var call in composition.Schedule.Finalizers) stdout.WriteLine($"  {call.Name} ({call.UnitName})");
        return exitCode;
    }
}
