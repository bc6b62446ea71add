using Units.Compiler.Constraints;

namespace Units.Cli.Commands;

/// <summary><c>units explain</c>: a property's value at a member, and the chain of links and rules behind it.</summary>
internal static class ExplainCommand
{
    public const string Help = """
        usage: units explain [options] <file.unit>... <instance>[.<port>[.<member>]] --property <P>

        Prints the value of property P at every member of the instance (or port, or member),
        and why: each link and rule from the member down to the rule that sets its bound.
        Instance names are Knit's: Root_export_export... (units check --root R lists them in errors).

        options:
          --property <P>      the property to explain (required)
          --root <Unit>       the composition (required when there are several)
          -D NAME=value       define a variable for ${NAME} in strings (repeatable)
          --include-root <dir> let includes read this directory too (repeatable)
          --library <name>=<dir> include "<name>:file.unit" reads <dir>/file.unit (repeatable)
          -h, --help          show this help

        exit codes: 0 explained, 1 the files have errors, 2 usage problem (unknown instance, port,
        member or property)
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? target = null;
        var input = CommandSetup.Run(args, CommonOptions.Parser().Value("--property"), Help, stdout, stderr, out var exitCode, parsed =>
        {
            if (parsed.Get("--property") is null) return "explain needs --property <P>";
            target = parsed.Positionals.LastOrDefault(p => !p.EndsWith(".unit", StringComparison.OrdinalIgnoreCase));
            if (target is null) return "explain needs an instance[.port[.member]] after the files";
            parsed.Positionals.Remove(target);
            return null;
        });
        if (input is null) return exitCode;
        var composition = CompositionCommand.Select(input.Result, stdout, stderr, out exitCode);
        if (composition is null) return exitCode;
        var explanation = Explainer.Explain(composition, target!, input.Arguments.Get("--property")!, input.Compilation.Rules);
        if (explanation.Error is not null)
        {
            stderr.WriteLine($"units: {explanation.Error}");
            return ExitCodes.Usage;
        }
        foreach (var value in explanation.Values) stdout.WriteLine(value.Format());
        return exitCode;
    }
}
