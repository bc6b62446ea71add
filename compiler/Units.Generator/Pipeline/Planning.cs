using System.Collections.Immutable;
using Units.Compiler.Diagnostics;
using Units.Compiler.Emit;
using Units.Compiler.Loading;

namespace Units.Generator.Pipeline;

/// <summary>Runs the compiler core over the unit files: everything the .unit side knows, as an equatable model.</summary>
internal static class Planning
{
    public static EmitProgram Plan(ImmutableArray<UnitFile> files, GeneratorOptions options)
    {
        try
        {
            var provider = new InMemorySourceProvider(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
            var variables = new Variables(options.Definitions.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));
            var roots = files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);
            var compilation = UnitCompilation.Create(roots, provider, variables, LoadingPolicy.ForBuild(options.ProjectDirectory, options.IncludeRoots));
            var program = InlineCodeCheck.Apply(EmitPlanner.Plan(compilation, options.Root, options.DefaultNamespace));
            return options.ReportCheckDiagnostics ? program : program with { Diagnostics = program.Diagnostics.Where(IsEmission).ToEquatableArray() };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(e);
        }
    }

    private static bool IsEmission(Diagnostic diagnostic) => diagnostic.Descriptor.Phase == DiagnosticPhase.Emission;

    public static EmitProgram Failed(Exception e) => new(EquatableArray<InterfaceModel>.Empty, EquatableArray<UnitModel>.Empty,
        EquatableArray<CompositionModel>.Empty, EquatableArray.Create(InternalError(e)));

    public static Diagnostic InternalError(Exception e) =>
        Diagnostic.Create(DiagnosticDescriptors.InternalError, Units.Compiler.Text.SourceLocation.None, e.GetType().Name, e.Message);
}
