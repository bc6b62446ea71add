extern alias generator;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Units.Compiler.Emit;

namespace Units.Fuzzing;

/// <summary>
/// The differential property: for an input the checker accepts, the source generator's output
/// compiles with stub implementations, or a UNIT error says why not before C# does (a member type
/// that C# does not know is UNIT0809, located at the member).
/// </summary>
internal static class CompilesProperty
{
    public const string Namespace = "Fuzz";

    private static readonly ImmutableArray<MetadataReference> s_references =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();

    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest);

    /// <summary>Null when the property holds, else what broke it.</summary>
    public static string? Check(IEnumerable<KeyValuePair<string, string>> unitFiles, EmitProgram program)
    {
        var stubs = CSharpSyntaxTree.ParseText(StubWriter.Write(program), s_parse, "/fuzz/Stubs.cs");
        var compilation = CSharpCompilation.Create("Fuzz", [stubs], s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var texts = unitFiles.Select(f => (AdditionalText)new MemoryText(f.Key, f.Value)).ToImmutableArray();
        var options = new Options(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = Namespace,
            ["build_property.MSBuildProjectDirectory"] = Corpus.Root,
        });
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new generator::Units.Generator.UnitsGenerator().AsSourceGenerator()], texts, s_parse, new OptionsProvider(options));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var broken = generatorDiagnostics.Where(d => d.Id is "CS8785" or "UNIT0899").ToList();
        if (broken.Count > 0) return "the generator failed: " + string.Join("; ", broken);
        var unitErrors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("UNIT", StringComparison.Ordinal)).ToList();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0 || unitErrors.Count > 0) return null;
        var inGenerated = errors.Any(d => d.Location.SourceTree?.FilePath.Contains("UnitsGenerator", StringComparison.Ordinal) == true);
        return (inGenerated ? "generated C# does not compile" : "the stubs do not compile") + ", and no UNIT diagnostic says why: " + Describe(errors);
    }

    private static string Describe(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> errors)
    {
        var first = errors.Take(5).ToList();
        var lines = first.Select(d => d.ToString() + (d.Location.SourceTree is { } tree ? "\n    " + tree.GetText().Lines.GetLineFromPosition(d.Location.SourceSpan.Start) : ""));
        return string.Join("\n  ", lines);
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
