using System.Text.Json;
using Units.Testing.Sarif;

namespace Units.Cli.Tests;

/// <summary>`units check --format`: the same diagnostics as SARIF, JSON, MSBuild lines or text with carets.</summary>
[TestClass]
public sealed class ReportFormatTests
{
    [TestMethod]
    public void Sarif_for_a_file_with_errors_is_valid_2_1_0_and_carries_the_regions()
    {
        var result = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--format", "sarif");
        Assert.AreEqual(1, result.ExitCode);
        var problems = SarifShape.Validate(result.Out);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));

        using var log = JsonDocument.Parse(result.Out);
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.AreEqual(CliRunner.Run("--version").Out.Trim(), run.GetProperty("tool").GetProperty("driver").GetProperty("semanticVersion").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.AreEqual(2, results.Count);
        AssertRegion(results[0], "UNIT0302", "broken.unit", 7, 14, 7, 19);
        AssertRegion(results[1], "UNIT0354", "broken.unit", 8, 22, 8, 27);
        var related = results[1].GetProperty("relatedLocations")[0];
        Assert.AreEqual("'app' imports: log, err", related.GetProperty("message").GetProperty("text").GetString());
        var relatedRegion = related.GetProperty("physicalLocation").GetProperty("region");
        Assert.AreEqual((3, 6, 3, 9), (relatedRegion.GetProperty("startLine").GetInt32(), relatedRegion.GetProperty("startColumn").GetInt32(),
            relatedRegion.GetProperty("endLine").GetInt32(), relatedRegion.GetProperty("endColumn").GetInt32()));
        foreach (var rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            StringAssert.EndsWith(rule.GetProperty("helpUri").GetString(), "#" + rule.GetProperty("id").GetString()!.ToLowerInvariant());
        }
    }

    private static void AssertRegion(JsonElement result, string id, string file, int line, int column, int endLine, int endColumn)
    {
        Assert.AreEqual(id, result.GetProperty("ruleId").GetString());
        Assert.AreEqual("error", result.GetProperty("level").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        StringAssert.EndsWith(physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), "/" + file);
        var region = physical.GetProperty("region");
        Assert.AreEqual((line, column, endLine, endColumn), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()), id);
    }

    [TestMethod]
    public void Sarif_of_a_clean_file_is_valid_with_no_results()
    {
        var result = CliRunner.Run("check", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--format", "sarif");
        Assert.AreEqual(0, result.ExitCode);
        Assert.AreEqual(0, SarifShape.Validate(result.Out).Count);
        using var log = JsonDocument.Parse(result.Out);
        Assert.AreEqual(0, log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [TestMethod]
    public void The_validator_rejects_what_sarif_forbids()
    {
        // The check above is only worth something if the validator can fail.
        Assert.AreNotEqual(0, SarifShape.Validate("""{"version":"2.0.0","runs":[]}""").Count, "wrong version");
        Assert.AreNotEqual(0, SarifShape.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}""").Count, "driver without a name");
        Assert.AreNotEqual(0, SarifShape.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal"}]}]}""").Count, "bad level");
        Assert.AreNotEqual(0, SarifShape.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]}]}]}""").Count, "line 0");
        Assert.AreNotEqual(0, SarifShape.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"A"}]}},"results":[{"ruleId":"B","ruleIndex":0,"message":{"text":"m"}}]}]}""").Count, "ruleIndex names another rule");
        Assert.AreNotEqual(0, SarifShape.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","colour":"red"}}}]}""").Count, "unknown property");
    }

    [TestMethod]
    public void Json_lists_diagnostics_with_locations_notes_and_counts()
    {
        var result = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--format", "json");
        Assert.AreEqual(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Out);
        var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "UNIT0302", "UNIT0354" }, diagnostics.Select(d => d.GetProperty("id").GetString()).ToArray());
        Assert.AreEqual(8, diagnostics[1].GetProperty("location").GetProperty("line").GetInt32());
        Assert.AreEqual(1, diagnostics[1].GetProperty("notes").GetArrayLength());
        Assert.AreEqual(2, report.RootElement.GetProperty("errors").GetInt32());
        Assert.AreEqual(0, report.RootElement.GetProperty("warnings").GetInt32());
    }

    [TestMethod]
    public void Text_shows_the_source_line_with_a_caret_under_the_span()
    {
        var result = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--format", "text", "--color", "never");
        var lines = result.Out.Split('\n');
        var header = Array.IndexOf(lines, "error[UNIT0302]: unknown unit 'loger'; did you mean 'logger'?");
        Assert.IsTrue(header >= 0, result.Out);
        StringAssert.EndsWith(lines[header + 1], "broken.unit:7:14");
        var source = lines[header + 3];
        var caret = lines[header + 4];
        var code = source.IndexOf("loger", StringComparison.Ordinal);
        Assert.AreEqual(code, caret.IndexOf('^'), "the caret starts under the span");
        Assert.AreEqual("^^^^^", caret.Substring(code).TrimEnd(), "one caret per character of 'loger'");
        Assert.IsFalse(result.Out.Contains('\u001b'), "no colour when told never");
    }

    [TestMethod]
    public void A_diagnostic_on_a_very_long_line_shows_the_window_around_its_span()
    {
        // Thousands of errors on one line of 200,000 characters once took 36 s to show: each copied the line.
        var padding = string.Concat(Enumerable.Repeat("unit u = { exports[ c : C_T ]; } ", 6000));
        var path = Path.Combine(Path.GetTempPath(), $"units-long-{Guid.NewGuid():N}.unit");
        File.WriteAllText(path, "bundletype C_T = { c }\n" + padding + "unit w = { exports[ c : Missing_T ]; }\n");
        try
        {
            var result = CliRunner.Run("check", path, "--format", "text", "--color", "never", "--max-errors", "0");
            var lines = result.Out.Split('\n');
            var header = Array.FindIndex(lines, l => l.StartsWith("error[UNIT0301]", StringComparison.Ordinal));
            Assert.IsTrue(header >= 0, result.Out[..Math.Min(2000, result.Out.Length)]);
            var source = lines[header + 3];
            var caret = lines[header + 4];
            StringAssert.Contains(source, " …", "the line is cut before the span");
            Assert.IsTrue(source.Length < 200, "only a window of the line is shown: " + source.Length);
            var code = source.IndexOf("Missing_T", StringComparison.Ordinal);
            Assert.AreEqual(code, caret.IndexOf('^'), "the caret starts under the span");
            Assert.AreEqual("^^^^^^^^^", caret.Substring(code).TrimEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Text_is_coloured_only_when_asked_or_on_a_terminal()
    {
        var coloured = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--format", "text", "--color", "always");
        StringAssert.Contains(coloured.Out, "\u001b[1;31merror[UNIT0302]");
        var bad = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--color", "sometimes");
        Assert.AreEqual(2, bad.ExitCode);
    }

    [TestMethod]
    public void Output_goes_to_a_file_when_asked_and_the_summary_to_stderr()
    {
        var file = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.sarif");
        try
        {
            var result = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--format", "sarif", "--output", file);
            Assert.AreEqual(1, result.ExitCode);
            Assert.AreEqual(string.Empty, result.Out);
            StringAssert.StartsWith(result.Error, "units check: 2 errors");
            Assert.AreEqual(0, SarifShape.Validate(File.ReadAllText(file)).Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void Unknown_formats_are_usage_errors()
    {
        var result = CliRunner.Run("check", CliRunner.Data("broken.unit"), "--format", "xml");
        Assert.AreEqual(2, result.ExitCode);
        StringAssert.Contains(result.Error, "unknown format 'xml'");
    }
}
