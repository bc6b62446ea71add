using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Units.Generator.Tests;

/// <summary>
/// A compound that another compound instantiates is already in the C# of each root that uses it:
/// it becomes C# of its own only when the project's code names it.
/// </summary>
[TestClass]
public sealed class EmittedCompoundsTests
{
    private const string Units = """
        namespace Demo;
        bundletype Value_T = { int Get() }
        unit source = { exports[ v : Value_T ]; implementation Demo.Source; }
        unit doubler = { imports[ inner : Value_T ]; exports[ v : Value_T ]; implementation Demo.Doubler; }
        unit Inner = { exports[ v : Value_T ]; link{ [s] <- source <- []; [v] <- doubler <- [s]; } }
        unit Other = { exports[ v : Value_T ]; link{ [s] <- source <- []; [v] <- doubler <- [s]; } }
        unit Top = { exports[ v : Value_T ]; link{ [i] <- Inner <- []; [v] <- doubler <- [i]; } }
        unit Second = { exports[ v : Value_T ]; link{ [o] <- Other <- []; [v] <- doubler <- [o]; } }
        """;

    private const string Code = """
        namespace Demo;
        partial struct Source<TSelf> { public static int Get() => 21; }
        partial struct Doubler<TSelf, TInner> { public static int Get() => 2 * TInner.Get(); }
        """;

    [TestMethod]
    public void An_inner_compound_is_emitted_only_when_code_names_it()
    {
        var result = new GeneratorHarness().Unit("demo.unit", Units).CSharp("Demo.cs", Code)
            .CSharp("Use.cs", "namespace Demo; static class Use { public static int Read() => Other.V.Get(); }")
            .Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        var compositions = result.HintNames.Where(h => h.StartsWith("Units.Composition.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(new[] { "Units.Composition.Demo.Other.g.cs", "Units.Composition.Demo.Second.g.cs", "Units.Composition.Demo.Top.g.cs" }, compositions,
            "the roots, and Other (named by Use.cs); not Inner, which only Top uses");
        Assert.IsFalse(result.HintNames.Any(h => h.StartsWith("Units.Copies.Demo.Inner.", StringComparison.Ordinal)), string.Join(", ", result.HintNames));
        var app = result.Load();
        Assert.AreEqual(84, app.Call("Demo.Top+V", "Get"));
        Assert.AreEqual(42, app.Call("Demo.Use", "Read"));
    }

    [TestMethod]
    public void Naming_an_inner_compound_in_an_edit_brings_its_CSharp()
    {
        var harness = new GeneratorHarness().Unit("demo.unit", Units).CSharp("Demo.cs", Code).CSharp("Use.cs", "namespace Demo; static class Use { }");
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        static IEnumerable<string> Hints(GeneratorDriver d) => d.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName);
        Assert.IsFalse(Hints(driver).Contains("Units.Composition.Demo.Inner.g.cs"));
        var old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Use.cs", StringComparison.Ordinal));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old,
            old.WithChangedText(SourceText.From("namespace Demo; static class Use { public static int Read() => Inner.V.Get(); }"))));
        Assert.IsTrue(Hints(driver).Contains("Units.Composition.Demo.Inner.g.cs"), "naming it in C# brings its C#");
    }
}
