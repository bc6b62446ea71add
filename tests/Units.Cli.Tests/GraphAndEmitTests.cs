using System.Diagnostics;

namespace Units.Cli.Tests;

/// <summary>`units graph` and `units emit`.</summary>
[TestClass]
public sealed class GraphAndEmitTests
{
    [TestMethod]
    public void Dot_output_nests_compounds_and_draws_each_link_once()
    {
        var result = CliRunner.Run("graph", CliRunner.Data("layered.unit"));
        Assert.AreEqual(1, result.ExitCode, "the file has a violation, which goes to stderr");
        StringAssert.Contains(result.Error, "error UNIT0603");
        var dot = result.Out;
        StringAssert.StartsWith(dot, "digraph \"Machine\"");
        var outer = dot.IndexOf("label=\"Machine (Machine)\"", StringComparison.Ordinal);
        var inner = dot.IndexOf("label=\"disk (Driver)\"", StringComparison.Ordinal);
        var ide = dot.IndexOf("i1 [label=\"disk\\nide\"]", StringComparison.Ordinal);
        Assert.IsTrue(outer >= 0 && outer < inner && inner < ide, "Driver's instance inside Driver's cluster inside Machine's");
        Assert.AreEqual(2, Count(dot, "subgraph \"cluster_"), "one cluster per compound instance");
        Assert.AreEqual(1, Count(dot, "export_0 -> i1;"), "one edge per export, not per member");
        Assert.AreEqual(1, Count(dot, "i1 -> i0 [label=\"lock\"];"));
        Assert.IsFalse(dot.Contains("color=red"), "nothing marked without --violations");
    }

    [TestMethod]
    public void Violations_mark_the_path_in_red()
    {
        var dot = CliRunner.Run("graph", CliRunner.Data("layered.unit"), "--violations").Out;
        StringAssert.Contains(dot, "i1 -> i0 [label=\"lock\", color=red");
        StringAssert.Contains(dot, "i0 [label=\"lock\\nmutex\", color=red");
        var mermaid = CliRunner.Run("graph", CliRunner.Data("layered.unit"), "--violations", "--format", "mermaid").Out;
        StringAssert.StartsWith(mermaid, "flowchart LR");
        StringAssert.Contains(mermaid, "class i0,i1 violation");
        StringAssert.Contains(mermaid, "linkStyle 2 stroke:#d00");
    }

    [TestMethod]
    public void Dot_output_renders_with_graphviz()
    {
        if (!OnPath("dot")) Assert.Inconclusive("Graphviz is not installed (apt-get install graphviz); .ci/run installs it");
        foreach (var (file, args) in new[] { ("layered.unit", new[] { "--violations" }), ("clean.unit", new[] { "-D", "SRC=/s" }), ("interrupt.unit", Array.Empty<string>()) })
        {
            var dot = CliRunner.Run(["graph", CliRunner.Data(file), .. args]).Out;
            var start = new ProcessStartInfo("dot", "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            Assert.IsTrue(process.WaitForExit(60_000), "dot did not finish");
            Assert.AreEqual(0, process.ExitCode, file + ": " + error.Result);
            Assert.AreEqual(string.Empty, error.Result.Trim(), file + ": Graphviz warned");
            StringAssert.Contains(output.Result, "<svg", file);
        }
        // Nodes are numbered and labelled by their local names, however deep they sit.
        StringAssert.Contains(CliRunner.Run("graph", CliRunner.Data("layered.unit")).Out, "[label=\"disk\\nide\"];");
    }

    [TestMethod]
    public void A_bundle_argument_is_labelled_by_what_it_holds()
    {
        foreach (var format in new[] { "dot", "mermaid" })
        {
            var result = CliRunner.Run("graph", CliRunner.Data("bundle-argument.unit"), "--format", format);
            Assert.AreEqual(0, result.ExitCode, result.Error);
            StringAssert.Contains(result.Out, "{.q = a.a1, r = b.b2}");
            Assert.IsFalse(result.Out.Contains('@'), "no internal offsets in labels: " + result.Out);
        }
    }

    [TestMethod]
    public void A_root_import_is_one_node_that_its_edges_reach()
    {
        // Edges from an import once named a node that was never declared.
        var dot = CliRunner.Run("graph", CliRunner.Data("layered.unit"), "--root", "Driver").Out;
        StringAssert.Contains(dot, "import_0 [shape=plaintext, label=\"import lock\"];");
        StringAssert.Contains(dot, "i0 -> import_0 [label=\"lock\"];");
    }

    /// <summary>A chain of compounds 100,000 deep: C100000 links C99999, … down to the atomic C0.</summary>
    private static string DeepChain()
    {
        var text = "bundletype A_T = { int Get() }\nunit C0 = { exports[ a : A_T ]; }\n" +
                   string.Concat(Enumerable.Range(1, 100_000).Select(i => $"unit C{i} = {{ exports[ a : A_T ]; link{{ [a] <- C{i - 1} <- []; }} }}\n"));
        var path = Path.Combine(Path.GetTempPath(), $"units-deep-{Environment.ProcessId}-{Guid.NewGuid():N}.unit");
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void A_composition_a_hundred_thousand_compounds_deep_is_emitted_within_a_budget()
    {
        var path = DeepChain();
        var folder = Directory.CreateTempSubdirectory("units-emit-deep-");
        try
        {
            var result = CliRunner.Run("emit", path, "--output", folder.FullName);
            Assert.AreEqual(0, result.ExitCode, result.Error);
            StringAssert.Contains(result.Error, "warning UNIT0815");
            Assert.IsTrue(File.Exists(Path.Combine(folder.FullName, "Units.Composition.Units.Generated.C100000.g.cs")), "the root is emitted");
            var total = folder.EnumerateFiles().Sum(f => f.Length);
            Assert.IsTrue(total < 50_000_000, $"bounded by the budget, not by the square of the depth: {total} bytes");
        }
        finally
        {
            File.Delete(path);
            folder.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Instance_names_that_would_come_to_gigabytes_are_refused_before_emission()
    {
        // Found by the fuzzer: one link name of 170,000 characters, inside compounds that double 16
        // times, repeats in 32,768 instance names below it (5.6 GB); emit ran past every watchdog.
        var name = "n" + new string('x', 170_000);
        var text = new System.Text.StringBuilder("unit L16 = { exports[ e : { f } ]; }\n");
        for (var i = 15; i >= 0; i--)
        {
            var link = i == 10 ? name : "e2";
            text.Append($"unit L{i} = {{ exports[ e : {{ f }} ]; link{{ [e] <- L{i + 1} <- []; [{link}] <- L{i + 1} <- []; }} }}\n");
        }
        var path = Path.Combine(Path.GetTempPath(), $"units-long-names-{Guid.NewGuid():N}.unit");
        File.WriteAllText(path, text.ToString());
        try
        {
            var result = CliRunner.Run("emit", path);
            Assert.AreEqual(1, result.ExitCode, result.Error);
            StringAssert.Contains(result.Error, "error UNIT0817: composition 'L0' is not emitted as C#: the Knit names of its instances come to");
            StringAssert.Contains(result.Error, "warning UNIT0815");
            Assert.IsTrue(result.Out.Length < 100_000_000, $"nothing of that size is written: {result.Out.Length} characters");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void A_composition_a_hundred_thousand_compounds_deep_is_drawn()
    {
        var path = DeepChain();
        try
        {
            foreach (var format in new[] { "dot", "mermaid" })
            {
                var result = CliRunner.Run("graph", path, "--root", "C100000", "--format", format);
                Assert.AreEqual(0, result.ExitCode, result.Error);
                Assert.AreEqual(100_000, Count(result.Out, format == "dot" ? "subgraph" : "    end"), "one cluster per compound instance");
                Assert.IsTrue(result.Out.Length < 500 * 100_000, $"linear in the depth: {result.Out.Length} characters");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Graph_asks_for_a_root_when_there_are_several_and_rejects_unknown_formats()
    {
        var several = CliRunner.Run("graph", CliRunner.Data("second-root.unit"), CliRunner.Data("clean.unit"), "-D", "SRC=/s");
        Assert.AreEqual(2, several.ExitCode, several.Out + several.Error);
        StringAssert.Contains(several.Error, "--root");
        Assert.AreEqual(0, CliRunner.Run("graph", CliRunner.Data("second-root.unit"), CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--root", "Timer").ExitCode);
        Assert.AreEqual(2, CliRunner.Run("graph", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--format", "png").ExitCode);
    }

    [TestMethod]
    public void Emit_prints_the_generated_csharp_deterministically()
    {
        var first = CliRunner.Run("emit", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--namespace", "My.App");
        Assert.AreEqual(0, first.ExitCode, first.Error);
        StringAssert.Contains(first.Out, "namespace My.App");
        StringAssert.Contains(first.Out, "public static partial class Program");
        StringAssert.Contains(first.Out, "public static void Initialize()");
        Assert.AreEqual(first.Out, CliRunner.Run("emit", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--namespace", "My.App").Out);
    }

    [TestMethod]
    public void Emit_writes_one_file_per_generated_file_into_a_folder()
    {
        var folder = Directory.CreateTempSubdirectory("units-emit-");
        try
        {
            var result = CliRunner.Run("emit", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--output", folder.FullName);
            Assert.AreEqual(0, result.ExitCode, result.Error);
            var files = folder.GetFiles("*.cs").Select(f => f.Name).ToList();
            Assert.AreEqual(1, files.Count, "clean.unit has one composition and no typed bundletypes");
            StringAssert.Contains(result.Error, "wrote 1 file to");
            Assert.IsTrue(files.All(f => f.EndsWith(".g.cs", StringComparison.Ordinal)), string.Join(", ", files));
            Assert.IsTrue(folder.GetFiles("*.cs").Any(f => File.ReadAllText(f.FullName).Contains("partial class Program", StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestMethod]
    [DataRow("check")]
    [DataRow("explain")]
    [DataRow("schedule")]
    [DataRow("graph")]
    [DataRow("emit")]
    public void Every_command_has_help(string command)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var result = CliRunner.Run(command, flag);
            Assert.AreEqual(0, result.ExitCode, command);
            StringAssert.StartsWith(result.Out, $"usage: units {command} ");
            StringAssert.Contains(result.Out, "exit codes:");
        }
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
