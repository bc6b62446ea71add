using Units.Cli.Output;
using Units.Compiler.Diagnostics;

namespace Units.Cli.Commands;

/// <summary><c>units check</c>: every diagnostic in MSBuild's canonical form, then a summary line.</summary>
internal static class CheckCommand
{
    public const string Help = """
        usage: units check [options] <file.unit>...

        Checks unit files and everything they include: syntax, names, links, and for every
        composition its design rules (constraints) and its initializer schedule. Prints each
        problem as path(line,col,endline,endcol): error UNITnnnn: message, with indented notes
        that locate every step of an explanation.

        options:
          --root <Unit>       check only this composition (default: every compound that
                              no other compound uses)
          -D NAME=value       define a variable for ${NAME} in strings (repeatable)
          -h, --help          show this help

        exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O problem
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var input = CommandSetup.Run(args, CommonOptions.Parser(), Help, stdout, stderr, out var exitCode);
        if (input is null) return exitCode;
        var (_, _, compilation, result) = input;
        DiagnosticPrinter.PrintCanonical(stdout, result.Diagnostics);
        var instances = result.Compositions.Sum(c => c.Instances.Count);
        stdout.WriteLine($"units check: {DiagnosticFormatter.Summarize(result.Diagnostics)} " +
                         $"({DiagnosticFormatter.Plural(compilation.Sources.Trees.Count, "file")}, " +
                         $"{DiagnosticFormatter.Plural(compilation.Program.Units.Count, "unit")}, " +
                         $"{DiagnosticFormatter.Plural(result.Roots.Count, "root")}, " +
                         $"{DiagnosticFormatter.Plural(instances, "instance")})");
        return result.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }
}
