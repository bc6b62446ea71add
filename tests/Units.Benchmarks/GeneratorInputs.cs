using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Units.Benchmarks;

/// <summary>A .unit file given to the generator in process, as the build gives it.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The build properties the generator reads (build_property.*), in process.</summary>
internal sealed class InMemoryOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
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
