using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Units.Compiler.Emit;
using Units.Compiler.Syntax;
using Units.Generator.Implementations;
using Units.Generator.Pipeline;

namespace Units.Generator;

/// <summary>
/// The Units source generator. A thin pipeline over the compiler core: .unit files → the unit-side
/// model (Planning); C# implementation parts → their data (ImplementationExtractor); the
/// compilation → the facts about C# types (FactReader); all three → an emission plan, bound
/// (ImplementationBinder); then one source output per generated file, and the diagnostics as an
/// output of their own. Every step's output is value-equatable, so unrelated edits are served
/// from cache and an edit regenerates only the files whose input it changed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class UnitsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var unitFiles = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".unit", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellation) => GeneratorOptions.ReadFile(input.Left, input.Right.GetOptions(input.Left), cancellation))
            .WithTrackingName(TrackingNames.UnitFiles);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // A compound used inside another is C# of its own only when the project's code names it:
        // the names the unit files declare, used by some C# file. Planning waits for that set,
        // which a keystroke in C# leaves unchanged unless it starts or stops naming a unit.
        var declaredNames = unitFiles
            .Select(static (file, _) => DeclaredUnitNames.Of(file.Path, file.Text))
            .Collect();
        var namesUsed = context.SyntaxProvider
            .CreateSyntaxProvider(CSharpNamesUsed.IsFile, static (syntax, cancellation) => CSharpNamesUsed.Read(syntax, cancellation))
            .WithTrackingName(TrackingNames.NamesUsed)
            .Collect();
        var namedUnits = declaredNames.Combine(namesUsed)
            .Select(static (input, _) => CSharpNamesUsed.Named(input.Left, input.Right))
            .WithTrackingName(TrackingNames.NamedUnits);

        var program = unitFiles.Collect().Combine(options).Combine(namedUnits)
            .Select(static (input, _) => Planning.Plan(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Program);

        var implementations = context.SyntaxProvider
            .CreateSyntaxProvider(ImplementationExtractor.IsCandidate, static (syntax, cancellation) => SafeExtract(syntax, cancellation))
            .Where(static part => part is not null)
            .WithTrackingName(TrackingNames.ImplementationParts)
            .Collect()
            .Select(static (parts, _) => Merge(parts!))
            .WithTrackingName(TrackingNames.Implementations);

        // Re-read on every compilation change, but equal facts leave everything after it cached.
        var facts = program.Select(static (p, _) => FactQuery.From(p))
            .Combine(context.CompilationProvider)
            .Combine(context.ParseOptionsProvider)
            .Select(static (input, cancellation) => SafeRead(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Facts);

        var plan = program.Combine(implementations).Combine(facts)
            .Select(static (input, _) => SafeBind(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Plan);

        Register(context, plan.SelectMany(static (p, _) => p.Interfaces).WithTrackingName(TrackingNames.Interfaces), CSharpEmitter.Write);
        Register(context, plan.SelectMany(static (p, _) => p.Headers).WithTrackingName(TrackingNames.Headers), CSharpEmitter.Write);
        Register(context, plan.SelectMany(static (p, _) => p.Compositions).WithTrackingName(TrackingNames.Compositions), CSharpEmitter.Write);
        Register(context, plan.SelectMany(static (p, _) => p.Copies).WithTrackingName(TrackingNames.Copies), CSharpEmitter.Write);
        Register(context, plan.SelectMany(static (p, _) => p.Hosting).WithTrackingName(TrackingNames.Hosting), CSharpEmitter.Write);
        Register(context, plan.SelectMany(static (p, _) => p.Templates).WithTrackingName(TrackingNames.Templates), CSharpEmitter.Write);
        Register(context, plan.SelectMany(static (p, _) => p.Flattened).WithTrackingName(TrackingNames.Flattened), CSharpEmitter.Write);

        var diagnostics = plan.Select(static (p, _) => p.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (production, list) =>
        {
            foreach (var diagnostic in list) production.ReportDiagnostic(RoslynDiagnostics.Convert(diagnostic));
        });
    }

    /// <summary>One source output per generated file: only a file whose input changed is written again.</summary>
    private static void Register<T>(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<T> files, Func<T, GeneratedFile> write)
    {
        context.RegisterSourceOutput(files, (production, file) =>
        {
            // A fault of ours (in writing, or a hint name Roslyn refuses) is one located
            // diagnostic, never a generator failure that silently drops every file.
            try
            {
                var generated = write(file);
                production.AddSource(generated.HintName, generated.Text);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                production.ReportDiagnostic(RoslynDiagnostics.Convert(Planning.InternalError(e)));
            }
        });
    }

    private static ImplementationPart? SafeExtract(GeneratorSyntaxContext syntax, CancellationToken cancellation)
    {
        try
        {
            return ImplementationExtractor.Extract(syntax, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // an implementation we cannot read is reported as missing, never as a crash
        }
    }

    private static EquatableArray<ImplementationInfo> Merge(ImmutableArray<ImplementationPart> parts) =>
        parts.GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ImplementationPart.Merge(g.ToList()))
            .ToEquatableArray();

    private static CSharpFacts SafeRead(FactQuery query, Compilation compilation, ParseOptions parseOptions)
    {
        try
        {
            return FactReader.Read(query, compilation, parseOptions);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without facts the binder still works (types stay as written); the fault is reported.
            return CSharpFacts.Failed(e);
        }
    }

    internal static EmissionPlan SafeBind(EmitProgram program, EquatableArray<ImplementationInfo> implementations, CSharpFacts facts)
    {
        try
        {
            return ImplementationBinder.Bind(program, implementations, facts);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return EmissionPlan.Empty with { Diagnostics = program.Diagnostics.Append(Planning.InternalError(e)).ToEquatableArray() };
        }
    }
}

/// <summary>The names of the pipeline's steps, for incrementality tests.</summary>
public static class TrackingNames
{
    public const string UnitFiles = nameof(UnitFiles);
    public const string Options = nameof(Options);
    public const string Program = nameof(Program);
    public const string ImplementationParts = nameof(ImplementationParts);
    public const string Implementations = nameof(Implementations);
    public const string Facts = nameof(Facts);
    public const string Plan = nameof(Plan);
    public const string Interfaces = nameof(Interfaces);
    public const string Headers = nameof(Headers);
    public const string Compositions = nameof(Compositions);
    public const string Copies = nameof(Copies);
    public const string Hosting = nameof(Hosting);
    public const string Templates = nameof(Templates);
    public const string Flattened = nameof(Flattened);
    public const string NamesUsed = nameof(NamesUsed);
    public const string NamedUnits = nameof(NamedUnits);
    public const string Diagnostics = nameof(Diagnostics);
}
