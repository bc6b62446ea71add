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
    private GeneratorDriver _driver = null!;
    private Compilation _compilation = null!;
    private SyntaxTree[] _stage = null!;
    private AdditionalText[] _unit = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        _stage = [CSharpSyntaxTree.ParseText(SyntheticImplementations.Stage(1), parse, "/project/Stage.cs"), CSharpSyntaxTree.ParseText(SyntheticImplementations.Stage(2), parse, "/project/Stage.cs")];
        var text = SyntheticComposition.Write(pipelines: 10, stagesPerPipeline: 99, typed: true);
        _unit = [new InMemoryText("/project/system.unit", text), new InMemoryText("/project/system.unit", text.Replace("unit System", "/* edited */ unit System"))];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText(SyntheticImplementations.SourceAndControl, parse, "/project/Impl.cs"), _stage[0]], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _driver = CSharpGeneratorDriver.Create([new generator::Units.Generator.UnitsGenerator().AsSourceGenerator()], [_unit[0]], parse,
            new InMemoryOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }));
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
}
