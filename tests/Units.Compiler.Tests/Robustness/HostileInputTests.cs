using System.Text;
using Units.Compiler.Loading;
using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Robustness;

/// <summary>
/// No input may make the compiler throw, hang or overflow its stack: every case here must end
/// with located diagnostics (or none), on a thread with a small stack.
/// </summary>
[TestClass]
public sealed class HostileInputTests
{
    private static CheckResult CheckOnSmallStack(params (string Path, string Text)[] files) =>
        SmallStack.Run(() => TestCompiler.Compile(files).Check());

    private static void AssertLocatedErrors(CheckResult result)
    {
        Assert.IsTrue(result.HasErrors, "expected errors");
        Assert.IsTrue(result.Diagnostics.All(d => !d.Location.IsNone && d.Location.Start.Line > 0), TestCompiler.Format(result.Diagnostics));
    }

    [TestMethod]
    public void Random_bytes_give_diagnostics_not_exceptions()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            var result = CheckOnSmallStack(("random.unit", text));
            Assert.IsTrue(result.Diagnostics.Count <= Units.Compiler.Syntax.SyntaxDiagnostics.MaxErrors + 10, "diagnostics are capped per file");
            AssertLocatedErrors(result);
        }
    }

    [TestMethod]
    public void A_lone_surrogate_is_described_by_its_code_unit()
    {
        // Found by the fuzzer: UTF-8 files cannot hold lone surrogates, but the API and the
        // generator's in-memory texts can. (Not DataRows: attribute strings are stored as UTF-8.)
        var cases = new[]
        {
            ("\uD800x", "U+D800"), ("\uD800\uD800", "U+D800"), ("\uDC00", "U+DC00"),
            ("unit a = {} \uD800", "U+D800"), ("\uD83D\uDE00", "U+1F600"),
        };
        foreach (var (text, described) in cases)
        {
            var result = CheckOnSmallStack(("surrogate.unit", text));
            AssertLocatedErrors(result);
            var error = result.Diagnostics.First(d => d.Id == "UNIT0001");
            StringAssert.Contains(error.Message, described);
        }
    }

    [TestMethod]
    public void Every_mistake_of_a_long_file_is_found_up_to_the_safety_cap()
    {
        var text = new StringBuilder();
        var count = Units.Compiler.Syntax.SyntaxDiagnostics.MaxErrors + 50;
        for (var i = 0; i < count; i++) text.Append("unit u").Append(i).Append(" = { exports[ e : ] }\n");
        var result = TestCompiler.Compile(("long.unit", text.ToString())).Check();
        Assert.AreEqual(Units.Compiler.Syntax.SyntaxDiagnostics.MaxErrors + 1, result.Diagnostics.Count);
        Assert.AreEqual(Units.Compiler.Syntax.SyntaxDiagnostics.MaxErrors, result.Diagnostics.Count(d => d.Id == "UNIT0100"), "every one up to the cap");
        var cap = result.Diagnostics.Single(d => d.Id == "UNIT0104");
        StringAssert.Contains(cap.Message, "does not look like a unit file");
    }

    [TestMethod]
    public void Random_tokens_give_diagnostics_not_exceptions()
    {
        var words = new[] { "unit", "bundletype", "imports", "exports", "link", "depends", "needs", "constraints", "context", "{", "}", "[", "]",
            "(", ")", "<-", "<=", ">=", "=", "+", "-", ",", ";", ":", ".", "...", "a", "b", "c", "T", "%{ x %}", "\"s\"", "extends", "files",
            "with", "flags", "initializer", "for", "exports", "rename", "to", "prefix", "int", "<", ">", "?", "include", "type", "property" };
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 400)).Select(_ => words[random.Next(words.Length)]));
            CheckOnSmallStack(("tokens.unit", text));
        }
    }

    [TestMethod]
    public void Every_prefix_of_a_real_file_checks_without_throwing()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.SourceDirectory, "Cases", "clean", "csharp-additions.unit"));
        for (var length = 0; length <= text.Length; length += 3)
        {
            CheckOnSmallStack(("prefix.unit", text.Substring(0, length)));
        }
    }

    [TestMethod]
    public void A_one_megabyte_identifier_is_reported_briefly()
    {
        var name = new string('x', 1 << 20);
        var result = CheckOnSmallStack(("huge.unit", $"unit a = {{ imports[ p : {name} ]; }}\nunit {name} = {{ }}"));
        AssertLocatedErrors(result);
        Assert.IsTrue(result.Diagnostics.All(d => d.Message.Length < 400), "long names are shortened in messages");
    }

    public static IEnumerable<object[]> DeepInputs()
    {
        const int depth = 10_000;
        string Repeat(string s) => string.Concat(Enumerable.Repeat(s, depth));
        yield return new object[] { "parentheses", $"unit u = {{ exports[ e : {{ f }} ]; depends{{ {Repeat("(")}exports{Repeat(")")} needs imports }} }}" };
        yield return new object[] { "unclosed parentheses", $"unit u = {{ depends{{ {Repeat("(")} }}" };
        yield return new object[] { "braces", $"unit u = {Repeat("{")}{Repeat("}")}" };
        yield return new object[] { "brackets", $"unit u = {{ imports{Repeat("[")} }}" };
        yield return new object[] { "generic types", $"bundletype B = {{ {Repeat("List<")}int{Repeat(">")} Get() }}" };
        yield return new object[] { "tuple types", $"bundletype B = {{ {Repeat("(int, ")}int{Repeat(")")} Get() }}" };
        yield return new object[] { "anonymous bundles", $"unit u = {{ imports[ {Repeat("p : {")} ]; }}" };
    }

    public static string DeepName(System.Reflection.MethodInfo method, object[] data) => (string)data[0];

    [TestMethod]
    [DynamicData(nameof(DeepInputs), DynamicDataDisplayName = nameof(DeepName))]
    public void Ten_thousand_deep_nesting_is_reported_not_followed(string kind, string text)
    {
        var result = CheckOnSmallStack(("deep.unit", text));
        AssertLocatedErrors(result);
        Assert.IsTrue(result.Diagnostics.Count <= 5, $"{kind}: one mistake, few diagnostics:\n{TestCompiler.Format(result.Diagnostics)}");
    }

    [TestMethod]
    public void Ten_thousand_long_declaration_chains_bind_without_recursion()
    {
        const int n = 10_000;
        // An extends chain flattens to a quadratic number of members, so it is shorter.
        const int extendsChain = 2_000;
        var text = new StringBuilder();
        text.AppendLine("bundletype B0 = { m0 }");
        for (var i = 1; i < extendsChain; i++) text.AppendLine($"bundletype B{i} = {{ extends B{i - 1}, m{i} }}");
        text.AppendLine("flags f0 = { \"-a\" }");
        for (var i = 1; i < n; i++) text.AppendLine($"flags f{i} = {{ flags f{i - 1} }}");
        text.AppendLine("unit src = { exports[ o : { x } ]; }");
        text.AppendLine("unit use = { imports[ i : { x } ]; exports[ o : { y } ]; }");
        text.Append("unit Top = { exports[ o : { y } ]; link{ [w0] <- src <- [];");
        for (var i = 1; i < n; i++) text.Append($" w{i} = w{i - 1};");
        text.AppendLine($" [o] <- use <- [w{n - 1}]; }} }}");
        var compilation = SmallStack.Run(() => TestCompiler.Compile(("chains.unit", text.ToString())));
        var result = SmallStack.Run(() => compilation.Check());
        Assert.AreEqual(0, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        Assert.AreEqual(extendsChain, compilation.Program.BundleTypes[$"B{extendsChain - 1}"].Members.Count);
        CollectionAssert.AreEqual(new[] { "-a" }, compilation.Program.Flags[$"f{n - 1}"].ToArray());
        var user = result.Compositions.Single().Instances.Single(i => i.Unit.Name == "use");
        Assert.AreEqual("src", result.Compositions.Single().Instances[user.FindImport("i")!.Members.Single().Supplier.Instance].Unit.Name);
    }

    [TestMethod]
    public void A_ten_thousand_long_include_chain_loads_without_recursion()
    {
        const int n = 10_000;
        var files = new List<(string, string)>();
        for (var i = 0; i < n; i++) files.Add(($"f{i}.unit", $"include \"f{i + 1}.unit\"\nbundletype T{i} = {{ m }}"));
        files.Add(($"f{n}.unit", "include \"f0.unit\""));
        var result = CheckOnSmallStack(files.ToArray());
        Assert.AreEqual(1, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        Assert.AreEqual("UNIT0201", result.Diagnostics[0].Id);
        Assert.IsTrue(result.Diagnostics[0].Message.Length < 300, "a long cycle is shown with its middle left out");
    }
}
