using System.Collections.Immutable;
using Units.Compiler.Diagnostics;
using Units.Compiler.Emit;
using Units.Compiler.Loading;

namespace Units.Generator.Pipeline;

/// <summary>Runs the compiler core over the unit files: everything the .unit side knows, as an equatable model.</summary>
internal static class Planning
{
    /// <param name="namedUnits">The unit names the project's C# uses: compounds used inside others are emitted only when named.</param>
    public static EmitProgram Plan(ImmutableArray<UnitFile> files, GeneratorOptions options, EquatableArray<string> namedUnits)
    {
        try
        {
            var provider = new InMemorySourceProvider(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
            var variables = new Variables(options.Definitions.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));
            // A library's files are there to be included: its compounds are the library's business.
            var roots = files.Where(f => f.Library is null).Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);
            var libraries = UnitLibraries.FromFiles(files.Select(f => (f.Library, f.LibraryRoot)));
            var policy = LoadingPolicy.ForBuild(options.ProjectDirectory, options.IncludeRoots, libraries);
            var compilation = UnitCompilation.Create(roots, provider, variables, policy);
            var program = InlineCodeCheck.Apply(EmitPlanner.Plan(compilation, options.Root, options.DefaultNamespace, options.PublishesUnits,
                new HashSet<string>(namedUnits, StringComparer.Ordinal)));
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
