using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Units.Compiler.Emit;
using Units.Generator.Implementations;
using Units.Generator.Pipeline;

namespace Units.Generator;

/// <summary>
/// The Units source generator. A thin pipeline over the compiler core:
/// .unit files → the unit-side model (Planning); C# implementation parts → their data
/// (ImplementationExtractor); both → generated C# and diagnostics (CSharpEmitter).
/// Every step's output is value-equatable, so unrelated edits are served from cache.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class UnitsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var unitFiles = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".unit", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellation) => new UnitFile(text.Path.Replace('\\', '/'), text.GetText(cancellation)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.UnitFiles);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var program = unitFiles.Collect().Combine(options)
            .Select(static (input, _) => Planning.Plan(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Program);

        var implementations = context.SyntaxProvider
            .CreateSyntaxProvider(ImplementationExtractor.IsCandidate, static (syntax, cancellation) => SafeExtract(syntax, cancellation))
            .Where(static part => part is not null)
            .WithTrackingName(TrackingNames.ImplementationParts)
            .Collect()
            .Select(static (parts, _) => Merge(parts!))
            .WithTrackingName(TrackingNames.Implementations);

        var output = program.Combine(implementations)
            .Select(static (input, _) => SafeEmit(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Output);

        context.RegisterSourceOutput(output, static (production, result) =>
        {
            foreach (var file in result.Files) production.AddSource(file.HintName, file.Text);
            foreach (var diagnostic in result.Diagnostics) production.ReportDiagnostic(RoslynDiagnostics.Convert(diagnostic));
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

    private static EquatableArray<KeyValuePair<string, ImplementationInfo>> Merge(ImmutableArray<ImplementationPart> parts) =>
        parts.GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => ImplementationPart.Merge(g.ToList()))
            .Select(info => new KeyValuePair<string, ImplementationInfo>(info.QualifiedName, info))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToEquatableArray();

    internal static EmitResult SafeEmit(EmitProgram program, EquatableArray<KeyValuePair<string, ImplementationInfo>> implementations)
    {
        try
        {
            var byName = new Dictionary<string, ImplementationInfo>(StringComparer.Ordinal);
            foreach (var pair in implementations) byName[pair.Key] = pair.Value;
            var emitted = CSharpEmitter.Emit(program, byName, compiledCSharp: true);
            return emitted with { Diagnostics = program.Diagnostics.Concat(emitted.Diagnostics).ToEquatableArray() };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EmitResult(EquatableArray<GeneratedFile>.Empty, program.Diagnostics.Append(Planning.InternalError(e)).ToEquatableArray());
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
    public const string Output = nameof(Output);
}
