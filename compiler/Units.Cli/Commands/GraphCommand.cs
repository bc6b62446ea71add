using Units.Compiler.Reports;

namespace Units.Cli.Commands;

/// <summary><c>units graph</c>: a picture of one composition, in DOT (Graphviz) or Mermaid.</summary>
internal static class GraphCommand
{
    public const string Help = """
        usage: units graph [options] <file.unit>...

        Prints the composition as a graph: atomic instances grouped in their compound
        instances, an edge from every import to the instance that supplies it, and the
        composition's imports and exports.

        options:
          --root <Unit>           the composition (required when there are several)
          --format <f>            dot (default; render with `dot -Tsvg`) or mermaid
          --violations            mark the instances and links of every violated rule in red
          -D NAME=value           define a variable for ${NAME} in strings (repeatable)
          --include-root <dir>    let includes read this directory too (repeatable; the current
                                  directory and the named files' are always allowed)
          --library <name>=<dir>  include "<name>:file.unit" reads <dir>/file.unit (repeatable)
          -h, --help              show this help

        exit codes: 0 drawn, 1 drawn but the files have errors, 2 usage problem
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var input = CommandSetup.Run(args, CommonOptions.Parser().Value("--format").Flag("--violations"), Help, stdout, stderr, out var exitCode);
        if (input is null) return exitCode;
        var format = input.Arguments.Get("--format") ?? "dot";
        if (format is not ("dot" or "mermaid")) return CliApp.UsageError(stderr, $"unknown graph format '{format}': use dot or mermaid");
        var composition = CompositionCommand.Select(input.Result, stderr, stderr, out exitCode);
        if (composition is null) return exitCode;
        var marked = input.Arguments.Has("--violations");
        stdout.Write(format == "dot" ? CompositionGraph.Dot(composition, marked) : CompositionGraph.Mermaid(composition, marked));
        return exitCode;
    }
}
