using Units.Cli.Output;
using Units.Compiler;

namespace Units.Cli.Commands;

/// <summary>
/// What explain, schedule, graph and emit share: check the files, print any errors, and pick
/// the one composition the command is about (--root, or the only root there is).
/// </summary>
internal static class CompositionCommand
{
    /// <summary>The checked composition, or null with the exit code to return.</summary>
    public static CheckedComposition? Select(CheckResult result, TextWriter stdout, TextWriter stderr, out int exitCode)
    {
        exitCode = result.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
        if (result.HasErrors) DiagnosticPrinter.PrintCanonical(stderr, result.Diagnostics.Where(d => d.IsError));
        if (result.Compositions.Count == 1) return result.Compositions[0];
        if (result.Compositions.Count == 0)
        {
            if (!result.HasErrors) stderr.WriteLine("units: no composition to look at: name one with --root");
            exitCode = result.HasErrors ? ExitCodes.Errors : ExitCodes.Usage;
            return null;
        }
        stderr.WriteLine($"units: several compositions ({string.Join(", ", result.Compositions.Select(c => c.Root.Name))}): choose one with --root");
        exitCode = ExitCodes.Usage;
        return null;
    }
}
