using Units.Cli.Output;
using Units.Compiler.Diagnostics;
using Units.Compiler.Reports;

namespace Units.Cli.Commands;

/// <summary><c>units check</c>: every diagnostic, in the chosen format, then a summary line.</summary>
internal static class CheckCommand
{
    public const string Help = """
        usage: units check [options] <file.unit>...

        Checks unit files and everything they include: syntax, names, links, and for every
        composition its design rules (constraints) and its initializer schedule.

        options:
          --root <Unit>           check only this composition (default: every compound that
                                  no other compound uses)
          -D NAME=value           define a variable for ${NAME} in strings (repeatable; the
                                  environment is the fallback)
          --include-root <dir>    let includes read this directory too (repeatable; the current
                                  directory and the named files' are always allowed)
          --library <name>=<dir>  include "<name>:file.unit" reads <dir>/file.unit (repeatable)
          --format <f>            text (source line and caret; the default on a terminal),
                                  msbuild (path(line,col,endline,endcol): error UNITnnnn: message;
                                  the default when output is redirected), sarif (SARIF 2.1.0) or json
          --output <file>         write the report to a file instead of standard output
          --baseline <file>       report only diagnostics not recorded in the file; if the file
                                  does not exist, record today's diagnostics in it
          --update-baseline       rewrite the baseline file from today's diagnostics
          --max-errors <n>        print at most n errors and warnings (default 200; 0: all);
                                  every problem is still checked and counted in the summary
          --color <when>          auto (default), always or never
          -h, --help              show this help

        exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O problem
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parser = CommonOptions.Parser().Value("--format").Value("--output").Value("--baseline").Value("--color").Value("--max-errors").Flag("--update-baseline");
        var input = CommandSetup.Run(args, parser, Help, stdout, stderr, out var exitCode);
        if (input is null) return exitCode;
        var (arguments, _, compilation, result) = input;
        var toFile = arguments.Get("--output");
        if (!DiagnosticPrinter.TryParseFormat(arguments.Get("--format"), toFile is not null || Console.IsOutputRedirected, out var format))
        {
            return CliApp.UsageError(stderr, $"unknown format '{arguments.Get("--format")}': use text, msbuild, sarif or json");
        }
        if (arguments.Get("--color") is { } color && color is not ("auto" or "always" or "never"))
        {
            return CliApp.UsageError(stderr, $"unknown --color '{color}': use auto, always or never");
        }
        IReadOnlyList<Diagnostic> diagnostics = result.Diagnostics.ToList();
        var baselineNote = string.Empty;
        if (arguments.Get("--baseline") is { } baselinePath)
        {
            if (!TryApplyBaseline(baselinePath, arguments.Has("--update-baseline"), ref diagnostics, out baselineNote, stderr)) return ExitCodes.Usage;
        }
        var maxErrors = 200;
        if (arguments.Get("--max-errors") is { } max && (!int.TryParse(max, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out maxErrors)))
        {
            return CliApp.UsageError(stderr, $"--max-errors takes a number, not '{max}'");
        }
        // Reports for machines (SARIF, JSON) always hold everything; the limit is for reading.
        var shown = maxErrors > 0 && format is OutputFormat.Text or OutputFormat.MSBuild && diagnostics.Count > maxErrors ? diagnostics.Take(maxErrors).ToList() : diagnostics;
        var report = DiagnosticPrinter.Format(format, shown, compilation, Terminal.UseColor(arguments.Get("--color"), toFile is not null || Console.IsOutputRedirected));
        if (shown.Count < diagnostics.Count) report += $"units check: {diagnostics.Count - shown.Count} more not shown (--max-errors {maxErrors}; 0 shows all)\n";
        if (toFile is not null)
        {
            try
            {
                File.WriteAllText(toFile, report);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"units: cannot write '{toFile}': {e.Message}");
                return ExitCodes.Usage;
            }
        }
        else
        {
            stdout.Write(report);
        }
        if (format is OutputFormat.Text or OutputFormat.MSBuild || toFile is not null)
        {
            var instances = result.Compositions.Sum(c => c.Instances.Count);
            var summary = $"units check: {DiagnosticFormatter.Summarize(diagnostics)} " +
                          $"({DiagnosticFormatter.Plural(compilation.Sources.Trees.Count, "file")}, " +
                          $"{DiagnosticFormatter.Plural(compilation.Program.Units.Count, "unit")}, " +
                          $"{DiagnosticFormatter.Plural(result.Roots.Count, "root")}, " +
                          $"{DiagnosticFormatter.Plural(instances, "instance")}){baselineNote}";
            (toFile is null ? stdout : stderr).WriteLine(summary);
        }
        return diagnostics.Any(d => d.IsError) ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>Keeps only what the baseline does not know; writes the baseline when it is new or to be updated.</summary>
    private static bool TryApplyBaseline(string path, bool update, ref IReadOnlyList<Diagnostic> diagnostics, out string note, TextWriter stderr)
    {
        note = string.Empty;
        try
        {
            // Paths relative to the baseline file: it matches from any working directory.
            var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            string Relative(string file)
            {
                try
                {
                    return file.Length == 0 ? file : Path.GetRelativePath(baseDirectory, Path.GetFullPath(file));
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    return file; // not a file path (for example a command-line location): kept as is
                }
            }
            if (update || !File.Exists(path))
            {
                var recorded = Baseline.From(diagnostics, Relative);
                File.WriteAllText(path, recorded.Write());
                note = $"; {DiagnosticFormatter.Plural(recorded.Count, "diagnostic")} recorded in baseline {path}";
                diagnostics = Array.Empty<Diagnostic>();
                return true;
            }
            var baseline = Baseline.Parse(File.ReadAllText(path), Relative);
            var known = diagnostics.Count;
            diagnostics = baseline.New(diagnostics);
            note = $"; {known - diagnostics.Count} more known from baseline {path}";
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"units: cannot use baseline '{path}': {e.Message}");
            return false;
        }
    }
}
