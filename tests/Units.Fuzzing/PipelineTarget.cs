using System.Text.RegularExpressions;
using Units.Cli.Output;
using Units.Compiler;
using Units.Compiler.Constraints;
using Units.Compiler.Diagnostics;
using Units.Compiler.Emit;
using Units.Compiler.Loading;
using Units.Compiler.Reports;

namespace Units.Fuzzing;

/// <summary>A property of the compiler that an input broke (an exception is one too).</summary>
internal sealed class PropertyViolation(string message) : Exception(message);

/// <summary>
/// One input through everything a user can reach: load, bind, flatten, rules, schedule; the text
/// (with source lines), JSON, SARIF and baseline formats; graphs, schedules and explanations of each
/// composition; emission. What it checks besides "no exception": every diagnostic located inside
/// its file, messages formatted, a baseline that reads back what it wrote, and no internal error.
/// </summary>
internal sealed class PipelineTarget(Corpus corpus)
{
    private const int MaxCompositionsShown = 4;
    // The repository's unit libraries by name, as the projects that reference them see them.
    private readonly LoadingPolicy _policy = new([Corpus.Root], FrontEnd.Tool, new UnitLibraries([
        new UnitLibrary("Units.Stdlib", Corpus.Root + "/repo/stdlib-units/units"),
        new UnitLibrary("oskit-sample", Corpus.Root + "/repo/oskit-sample"),
        new UnitLibrary("Units.Benchmarks.Library", Corpus.Root + "/repo/tests/Units.Benchmarks.Library"),
    ]));
    private readonly OverlaySourceProvider _files = new(new InMemorySourceProvider(corpus.Files));

    /// <summary>What one run produced, for the campaign's counts and the differential property.</summary>
    public sealed record Outcome(bool Accepted, int Diagnostics, UnitCompilation Compilation, EmitProgram Program)
    {
        /// <summary>Whether there is C# to compile: a typed unit or a composition.</summary>
        public bool HasCSharp => Program.Units.Any(u => u.IsTyped) || !Program.Compositions.IsEmpty;

        /// <summary>The differential property on this input's unit files: throws when the generated C# does not compile.</summary>
        public void Compile()
        {
            var unitFiles = Compilation.Sources.Trees.Select(t => new KeyValuePair<string, string>(t.Path, t.Text.Content));
            if (CompilesProperty.Check(unitFiles, Program) is { } broken) throw new PropertyViolation(broken);
        }
    }

    /// <summary>An input that itself holds "{0}" may show it in a message.</summary>
    private bool _inputHasPlaceholder;

    private static readonly bool s_timing = Environment.GetEnvironmentVariable("UNITS_FUZZ_TIMING") == "1";
    private System.Diagnostics.Stopwatch _phase = new();

    private void Phase(string name)
    {
        if (s_timing) Console.Error.WriteLine($"  {name}: {_phase.ElapsedMilliseconds} ms");
        _phase.Restart();
    }

    public Outcome Run(string path, string text)
    {
        _phase.Restart();
        _inputHasPlaceholder = Regex.IsMatch(text, @"\{[0-9]\}");
        _files.Replace(path, text);
        var compilation = UnitCompilation.Create([path], _files, Variables.None, _policy);
        var check = compilation.Check();
        var diagnostics = check.Diagnostics.ToList();
        var sources = compilation.Sources.Trees.Select(t => t.Text).ToList();
        foreach (var diagnostic in diagnostics) Located(diagnostic, sources);

        Phase("check");
        var renderer = new TextRenderer(sources, color: true);
        foreach (var diagnostic in diagnostics)
        {
            Formatted(DiagnosticFormatter.FormatWithNotes(diagnostic));
            renderer.Render(diagnostic);
        }
        Phase("text");
        JsonReport.Write(diagnostics);
        SarifReport.Write(diagnostics, "fuzz");
        var baseline = Baseline.Parse(Baseline.From(diagnostics).Write());
        if (baseline.New(diagnostics).Count != 0) throw new PropertyViolation("a baseline does not accept the diagnostics it was written from");

        Phase("reports");
        foreach (var composition in check.Compositions.Take(MaxCompositionsShown)) Reports(composition, compilation.Rules);

        var program = EmitPlanner.Plan(compilation, null, CompilesProperty.Namespace);
        var emitted = CSharpEmitter.Emit(ImplementationBinder.Bind(program, implementations: null, facts: null));
        foreach (var diagnostic in program.Diagnostics.Concat(emitted.Diagnostics))
        {
            if (diagnostic.Id == "UNIT0899") throw new PropertyViolation("internal error in emission: " + diagnostic.Message);
            Located(diagnostic, sources);
        }
        Phase("emit");
        return new Outcome(!check.HasErrors, diagnostics.Count, compilation, program);
    }

    private static void Reports(CheckedComposition composition, DesignRules rules)
    {
        CompositionGraph.Dot(composition, markViolations: true);
        CompositionGraph.Mermaid(composition, markViolations: false);
        foreach (var call in composition.Schedule.Initializers.Concat(composition.Schedule.Finalizers)) _ = call.Name + call.UnitName;
        if (composition.Instances.Count == 0) return;
        foreach (var property in rules.UsedProperties.Take(2))
        {
            var explanation = Explainer.Explain(composition, composition.Instances[0].Name, property, rules);
            foreach (var value in explanation.Values) value.Format();
        }
    }

    private void Located(Diagnostic diagnostic, IReadOnlyList<Compiler.Text.SourceText> sources)
    {
        Formatted(diagnostic.Message);
        Inside(diagnostic.Location, sources, diagnostic);
        foreach (var note in diagnostic.Notes)
        {
            Formatted(note.Message);
            if (!note.Location.IsNone) Inside(note.Location, sources, diagnostic);
        }
    }

    private void Inside(Compiler.Text.SourceLocation location, IReadOnlyList<Compiler.Text.SourceText> sources, Diagnostic diagnostic)
    {
        if (location.IsNone) throw new PropertyViolation($"{diagnostic.Id} has no location: {diagnostic.Message}");
        var source = sources.FirstOrDefault(s => s.Path == location.Path);
        if (source is null) return; // a file that could not be read (UNIT0200…): located at the include, checked there
        var span = location.Span;
        if (span.Start < 0 || span.End > source.Length || span.End < span.Start)
            throw new PropertyViolation($"{diagnostic.Id} at {span.Start}..{span.End} lies outside its file of {source.Length} characters");
        if (location.Start != source.GetLinePosition(span.Start) || location.End != source.GetLinePosition(span.End))
            throw new PropertyViolation($"{diagnostic.Id}: line and column {location.Start} do not match offset {span.Start}");
    }

    private void Formatted(string message)
    {
        if (message.Length == 0) throw new PropertyViolation("an empty message");
        if (Regex.IsMatch(message, @"(?<!\{)\{[0-9]\}(?!\})") && !_inputHasPlaceholder)
            throw new PropertyViolation("a message with an unfilled placeholder: " + message);
    }
}
