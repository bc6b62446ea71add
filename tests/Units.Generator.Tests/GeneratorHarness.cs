using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Units.Generator;

namespace Units.Generator.Tests;

/// <summary>Runs the generator with a plain CSharpGeneratorDriver over in-memory .unit and .cs files.</summary>
internal sealed class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray());

    /// <summary>The project's &lt;LangVersion&gt;; by default what the SDK gives a project that sets none (the harness runs the SDK's compiler).</summary>
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Default;

    /// <summary>
    /// The parse options the SDK passes: its language version and the features it sets (every
    /// tree of a compilation must share them, so a generator that parses code must use these).
    /// </summary>
    public CSharpParseOptions ParseOptions => new CSharpParseOptions(LanguageVersion)
        .WithFeatures(new[] { new KeyValuePair<string, string>("InterceptorsNamespaces", ";Microsoft.Extensions.Validation.Generated") });

    /// <summary>The project's nullable setting (&lt;Nullable&gt;); unsafe code is allowed, as in projects that use it.</summary>
    public NullableContextOptions Nullable { get; set; } = NullableContextOptions.Enable;

    public Dictionary<string, string> UnitFiles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> CSharpFiles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public GeneratorHarness Unit(string name, string text)
    {
        UnitFiles["/project/" + name] = text;
        return this;
    }

    /// <summary>A unit file of a referenced unit library (as the build hands it over: with UnitsLibrary and UnitsLibraryRoot metadata).</summary>
    public GeneratorHarness LibraryUnit(string library, string name, string text)
    {
        var path = $"/libraries/{library}/units/{name}";
        UnitFiles[path] = text;
        FileMetadata[path] = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.UnitsLibrary"] = library,
            ["build_metadata.AdditionalFiles.UnitsLibraryRoot"] = $"/libraries/{library}/units/",
        };
        return this;
    }

    /// <summary>Per additional file, its item metadata (build_metadata.AdditionalFiles.*).</summary>
    public Dictionary<string, Dictionary<string, string>> FileMetadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Assemblies the project references besides the framework (a unit library's, say).</summary>
    public List<MetadataReference> References { get; } = new();

    public GeneratorHarness CSharp(string name, string text)
    {
        CSharpFiles["/project/" + name] = text;
        return this;
    }

    /// <summary>The compiled assembly's name.</summary>
    public string AssemblyName { get; set; } = "UnitsTest";

    public CSharpCompilation Compilation() => CSharpCompilation.Create(AssemblyName,
        CSharpFiles.Select(f => CSharpSyntaxTree.ParseText(f.Value, ParseOptions, f.Key)),
        s_references.Value.AddRange(References),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable, allowUnsafe: true));

    /// <summary>The additional texts handed to the driver (kept, so a test can replace one by identity).</summary>
    public IReadOnlyList<AdditionalText> AdditionalTexts => _texts ??= UnitFiles.Select(f => (AdditionalText)new MemoryAdditionalText(f.Key, f.Value)).ToList();

    private List<AdditionalText>? _texts;

    /// <summary>Other source generators of the project, run beside Units (which cannot see their output).</summary>
    public List<IIncrementalGenerator> OtherGenerators { get; } = new();

    public GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new UnitsGenerator().AsSourceGenerator() }.Concat(OtherGenerators.Select(g => g.AsSourceGenerator())),
        AdditionalTexts,
        ParseOptions,
        new OptionsProvider(Properties, FileMetadata),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public GeneratorHarness WithReference(byte[] assembly)
    {
        References.Add(MetadataReference.CreateFromImage(assembly));
        return this;
    }

    public GeneratorHarness Generator(IIncrementalGenerator generator)
    {
        OtherGenerators.Add(generator);
        return this;
    }

    /// <summary>Runs the generator and compiles everything.</summary>
    public Result Run()
    {
        var driver = Driver().RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out var generatorDiagnostics);
        return new Result(driver, output, generatorDiagnostics, output.GetDiagnostics());
    }

    public sealed record Result(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, ImmutableArray<Diagnostic> CompilerDiagnostics)
    {
        /// <summary>Errors, and the generator failing (CS8785 is only a warning, but loses every file).</summary>
        public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Concat(CompilerDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "CS8785");

        /// <summary>Warnings and errors the C# compiler reports in generated files (with warnings as errors, each would fail a build).</summary>
        public IEnumerable<Diagnostic> InGeneratedCode => CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning &&
            d.Location.SourceTree is { } tree && tree.FilePath.Contains("Units.Generator.UnitsGenerator", StringComparison.Ordinal));

        public string GeneratedText(string hintNameEnd) =>
            Driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith(hintNameEnd, StringComparison.Ordinal)).ToString();

        public IEnumerable<string> HintNames => Driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName);

        public string Describe() => string.Join("\n", GeneratorDiagnostics.Concat(CompilerDiagnostics).Select(d => d.ToString()));

        /// <summary>Emits the compilation and loads it in a collectible context, after the assemblies it references (<paramref name="references"/>).</summary>
        public Assembly Load(params byte[][] references)
        {
            var context = new AssemblyLoadContext("units-test-" + Guid.NewGuid(), isCollectible: true);
            foreach (var reference in references) context.LoadFromStream(new MemoryStream(reference));
            return context.LoadFromStream(new MemoryStream(Image()));
        }

        /// <summary>The compiled assembly, to reference from another compilation or to load.</summary>
        public byte[] Image()
        {
            using var stream = new MemoryStream();
            var emitted = Output.Emit(stream);
            if (!emitted.Success) throw new AssertFailedException("compilation failed:\n" + string.Join("\n", emitted.Diagnostics));
            return stream.ToArray();
        }
    }

    private sealed class OptionsProvider(Dictionary<string, string> properties, Dictionary<string, Dictionary<string, string>> metadata) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            metadata.TryGetValue(textFile.Path, out var values) ? new Options(values) : GlobalOptions;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

internal static class ReflectionExtensions
{
    /// <summary>Calls a public static method of a (possibly nested) type by its metadata name.</summary>
    public static object? Call(this Assembly assembly, string typeName, string method, params object?[] arguments)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var target = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
                     ?? throw new AssertFailedException($"{typeName} has no method {method}");
        return target.Invoke(null, arguments);
    }
}

internal sealed class MemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>
/// A stand-in for another source generator of the project: adds one fixed source file as a normal
/// output, which (unlike post-initialization output) no other generator sees.
/// </summary>
internal sealed class FixedSourceGenerator(string hintName, string text) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterSourceOutput(context.CompilationProvider.Select(static (_, _) => 0), (output, _) => output.AddSource(hintName, text));
}
