using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;

namespace Units.Compiler.Tests.Support;

/// <summary>Runs the compiler over in-memory files.</summary>
internal static class TestCompiler
{
    public static UnitCompilation Compile(params (string Path, string Text)[] files) =>
        Compile(files, new Dictionary<string, string>());

    public static UnitCompilation Compile((string Path, string Text)[] files, Dictionary<string, string> definitions)
    {
        var provider = new InMemorySourceProvider(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
        return UnitCompilation.Create(new[] { files[0].Path }, provider, new Variables(definitions));
    }

    public static CheckResult Check(string text, string? root = null) => Compile(("test.unit", text)).Check(root);

    /// <summary>Diagnostics as "line,col: UNITnnnn" strings, the shape most assertions want.</summary>
    public static string[] Brief(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Location.Start.Line},{d.Location.Start.Column}: {d.Id}").ToArray();

    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var lines = list.Select(DiagnosticFormatter.FormatWithNotes).Append($"-- {DiagnosticFormatter.Summarize(list)}");
        return string.Join("\n", lines) + "\n";
    }
}
