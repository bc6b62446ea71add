extern alias generator;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Units.Testing;

namespace Units.Benchmarks;

/// <summary>
/// The generator in the IDE's loop: a 1,001-instance project (10 pipelines of 100 instances,
/// typed, with implementations), already generated once; then one edit and one RunGenerators,
/// as after a keystroke. The edit alternates between two versions, so every invocation is a
/// change. No step tracking (the IDE runs without it).
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private const string Implementations = """
        namespace Bench;
        partial struct source<TSelf>
        {
            private static int s_value;
            public static int Get() => s_value;
            public static void Put(int value) => s_value = value;
            public static int Size() => 1;
            private static void init() { }
            private static void fini() { }
        }
        partial struct control<TSelf>
        {
            public static void Start() { }
            public static void Stop() { }
            private static void init() { }
            private static void fini() { }
        }
        """;

    private static string Stage(int edit) => $$"""
        namespace Bench;
        partial struct stage<TSelf, TInput, TCtl>
        {
            private static int s_value;
            public static int Get() => TInput.Get() + s_value + {{edit}};
            public static void Put(int value) { s_value = value; TInput.Put(value); }
            public static int Size() => TInput.Size() + 1;
            private static void init() { }
            private static void fini() { }
        }
        """;

    private GeneratorDriver _driver = null!;
    private Compilation _compilation = null!;
    private SyntaxTree[] _stage = null!;
    private AdditionalText[] _unit = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        _stage = [CSharpSyntaxTree.ParseText(Stage(1), parse, "/project/Stage.cs"), CSharpSyntaxTree.ParseText(Stage(2), parse, "/project/Stage.cs")];
        var text = SyntheticComposition.Write(pipelines: 10, stagesPerPipeline: 99, typed: true);
        _unit = [new Text("/project/system.unit", text), new Text("/project/system.unit", text.Replace("unit System", "/* edited */ unit System"))];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText(Implementations, parse, "/project/Impl.cs"), _stage[0]], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _driver = CSharpGeneratorDriver.Create([new generator::Units.Generator.UnitsGenerator().AsSourceGenerator()], [_unit[0]], parse,
            new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }));
        _driver = _driver.RunGenerators(_compilation);
        var result = _driver.GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.GeneratedTrees.Length < 4)
            throw new InvalidOperationException("the 1k project must generate cleanly: " + string.Join("; ", result.Diagnostics));
    }

    /// <summary>One line of one implementation changes.</summary>
    [Benchmark]
    public int EditImplementation()
    {
        var next = _stage[++_edits & 1];
        var previous = _stage[(_edits + 1) & 1];
        _compilation = _compilation.ReplaceSyntaxTree(previous, next);
        _driver = _driver.RunGenerators(_compilation);
        return _driver.GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>One line of the unit file changes (a comment: the model stays the same).</summary>
    [Benchmark]
    public int EditUnitFile()
    {
        var next = _unit[++_edits & 1];
        var previous = _unit[(_edits + 1) & 1];
        _driver = _driver.ReplaceAdditionalText(previous, next).RunGenerators(_compilation);
        return _driver.GetRunResult().GeneratedTrees.Length;
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Values _values = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
