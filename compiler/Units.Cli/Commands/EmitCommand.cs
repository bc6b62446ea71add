using Units.Compiler.Emit;

namespace Units.Cli.Commands;

/// <summary><c>units emit</c>: the C# the generator would produce, without compiling any C#.</summary>
internal static class EmitCommand
{
    public const string Help = """
        usage: units emit [options] <file.unit>...

        Prints the C# that Units generates for the unit files: an interface per typed
        bundletype, the partial header of each unit's implementation, and each compound unit as a
        static class. Without the project's C#, instances forward to their implementations; the
        source generator copies implementations into instances instead (see docs/emission.md).

        options:
          --root <Unit>           check only this composition (every compound is still emitted)
          --output <folder>       write one .cs file per generated file into the folder
          --namespace <N>         namespace for unit files without one (default Units.Generated)
          -D NAME=value           define a variable for ${NAME} in strings (repeatable)
          --include-root <dir>    let includes read this directory too (repeatable; the current
                                  directory and the named files' are always allowed)
          --library <name>=<dir>  include "<name>:file.unit" reads <dir>/file.unit (repeatable)
          -h, --help              show this help

        exit codes: 0 emitted, 1 emitted but the files have errors, 2 usage or I/O problem
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var input = CommandSetup.Run(args, CommonOptions.Parser().Value("--output").Value("--namespace"), Help, stdout, stderr, out var exitCode);
        if (input is null) return exitCode;
        var program = EmitPlanner.Plan(input.Compilation, input.Options.Root, input.Arguments.Get("--namespace") ?? "Units.Generated");
        var emitted = CSharpEmitter.Emit(ImplementationBinder.Bind(program, implementations: null, facts: null));
        // Errors, and the warnings of emission itself (a check's warnings are `units check`'s to show).
        var errors = emitted.Diagnostics.Where(d => d.IsError).ToList();
        Output.DiagnosticPrinter.PrintCanonical(stderr, emitted.Diagnostics.Where(d => d.IsError || d.Descriptor.Phase == Units.Compiler.Diagnostics.DiagnosticPhase.Emission).ToList());
        if (input.Arguments.Get("--output") is { } folder)
        {
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var file in emitted.Files) File.WriteAllText(Path.Combine(folder, file.HintName), file.Text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"units: cannot write to '{folder}': {e.Message}");
                return ExitCodes.Usage;
            }
            stderr.WriteLine($"units emit: wrote {Units.Compiler.Diagnostics.DiagnosticFormatter.Plural(emitted.Files.Count, "file")} to {folder}");
        }
        else
        {
            foreach (var file in emitted.Files) stdout.Write($"// ===== {file.HintName}\n{file.Text}\n");
        }
        return errors.Count > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
