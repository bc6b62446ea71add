using System.Text.RegularExpressions;

namespace Units.Cli.Tests;

[TestClass]
public sealed class CheckCommandTests
{
    private static readonly Regex s_canonical = new(@"^[^()]+\(\d+,\d+,\d+,\d+\): (error|warning) UNIT\d{4}: .+$");

    [TestMethod]
    public void A_clean_file_exits_zero_with_a_summary()
    {
        var result = CliRunner.Run("check", CliRunner.Data("clean.unit"), "-D", "SRC=/src");
        Assert.AreEqual(0, result.ExitCode, result.Out + result.Error);
        Assert.AreEqual("units check: 0 errors, 0 warnings (1 file, 3 units, 1 root, 2 instances)\n", result.Out);
    }

    [TestMethod]
    public void Errors_print_in_msbuild_canonical_form_and_exit_one()
    {
        var result = CliRunner.Run("check", CliRunner.Data("broken.unit"));
        Assert.AreEqual(1, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.IsTrue(lines.Length >= 3);
        foreach (var line in lines.Take(lines.Length - 1).Where(l => !l.StartsWith("    ", StringComparison.Ordinal)))
        {
            Assert.IsTrue(s_canonical.IsMatch(line), line);
        }
        StringAssert.Contains(result.Out, "broken.unit(7,14,7,19): error UNIT0302: unknown unit 'loger'; did you mean 'logger'?");
        StringAssert.Contains(result.Out, "broken.unit(8,22,8,27): error UNIT0354: 'app' has 2 imports but this list gives 1");
        StringAssert.StartsWith(lines[^1], "units check: 2 errors, 0 warnings");
    }

    [TestMethod]
    public void Warnings_alone_exit_zero()
    {
        var result = CliRunner.Run("check", CliRunner.Data("warning.unit"));
        Assert.AreEqual(0, result.ExitCode);
        StringAssert.Contains(result.Out, "warning UNIT0358");
    }

    [TestMethod]
    public void Definitions_may_be_attached_or_separate_and_fall_back_to_the_environment()
    {
        var file = CliRunner.Data("include-variable.unit");
        var data = Path.GetDirectoryName(file)!;
        Assert.AreEqual(0, CliRunner.Run("check", "-DLIB=" + data, file).ExitCode);
        Assert.AreEqual(0, CliRunner.Run("check", "--define", "LIB=" + data, file).ExitCode);
        var undefined = CliRunner.Run("check", file);
        Assert.AreEqual(1, undefined.ExitCode);
        StringAssert.Contains(undefined.Out, "error UNIT0203: variable 'LIB' in an include path is not defined");
        Environment.SetEnvironmentVariable("LIB", data);
        try
        {
            Assert.AreEqual(0, CliRunner.Run("check", file).ExitCode, "the environment is the fallback");
        }
        finally
        {
            Environment.SetEnvironmentVariable("LIB", null);
        }
    }

    [TestMethod]
    public void Max_errors_limits_what_is_printed_not_what_is_checked()
    {
        var file = Path.Combine(Path.GetTempPath(), $"units-many-{Guid.NewGuid():N}.unit");
        File.WriteAllText(file, string.Concat(Enumerable.Range(0, 30).Select(i => $"unit u{i} = {{ exports[ e : Missing{i}_T ]; }}\n")));
        try
        {
            var limited = CliRunner.Run("check", "--format", "msbuild", "--max-errors", "5", file);
            Assert.AreEqual(1, limited.ExitCode);
            Assert.AreEqual(5, limited.Out.Split('\n').Count(l => l.Contains("error UNIT0301", StringComparison.Ordinal)));
            StringAssert.Contains(limited.Out, "units check: 25 more not shown (--max-errors 5; 0 shows all)");
            StringAssert.Contains(limited.Out, "units check: 30 errors, 0 warnings");
            var all = CliRunner.Run("check", "--format", "msbuild", "--max-errors", "0", file);
            Assert.AreEqual(30, all.Out.Split('\n').Count(l => l.Contains("error UNIT0301", StringComparison.Ordinal)));
            Assert.AreEqual(2, CliRunner.Run("check", "--max-errors", "many", file).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void Variables_in_data_for_a_c_build_need_no_definition()
    {
        var result = CliRunner.Run("check", CliRunner.Data("clean.unit"));
        Assert.AreEqual(0, result.ExitCode, result.Out);
    }

    [TestMethod]
    public void Root_limits_the_check_to_one_composition()
    {
        var known = CliRunner.Run("check", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--root", "app");
        Assert.AreEqual(0, known.ExitCode);
        StringAssert.Contains(known.Out, "1 root, 1 instance");
        var unknown = CliRunner.Run("check", CliRunner.Data("clean.unit"), "-D", "SRC=/s", "--root=Progam");
        Assert.AreEqual(1, unknown.ExitCode);
        StringAssert.Contains(unknown.Out, "units: error UNIT0501: root unit 'Progam' is not defined; did you mean 'Program'?");
    }

    [TestMethod]
    [DataRow(new string[0], DisplayName = "no arguments")]
    [DataRow(new[] { "check" }, DisplayName = "no files")]
    [DataRow(new[] { "check", "--frobnicate", "x.unit" }, DisplayName = "unknown option")]
    [DataRow(new[] { "check", "--root" }, DisplayName = "option without value")]
    [DataRow(new[] { "check", "-D", "1X=2", "x.unit" }, DisplayName = "bad definition")]
    [DataRow(new[] { "check", "does-not-exist.unit" }, DisplayName = "missing file")]
    [DataRow(new[] { "frobnicate" }, DisplayName = "unknown command")]
    public void Usage_and_io_problems_exit_two(string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.AreEqual(2, result.ExitCode, result.Out + result.Error);
    }

    [TestMethod]
    public void Help_is_available_for_the_tool_and_the_command()
    {
        var tool = CliRunner.Run("--help");
        Assert.AreEqual(0, tool.ExitCode);
        StringAssert.Contains(tool.Out, "usage: units <command>");
        var check = CliRunner.Run("check", "--help");
        Assert.AreEqual(0, check.ExitCode);
        StringAssert.Contains(check.Out, "--root <Unit>");
    }

    [TestMethod]
    public void Hostile_files_never_make_the_cli_throw()
    {
        var directory = Directory.CreateTempSubdirectory("units-cli-");
        try
        {
            var random = new Random(42);
            var bytes = new byte[8192];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(directory.FullName, "random.unit"), bytes);
            File.WriteAllText(Path.Combine(directory.FullName, "deep.unit"), "unit u = { depends{ " + new string('(', 10_000) + " } }");
            File.WriteAllText(Path.Combine(directory.FullName, "huge.unit"), "unit " + new string('x', 1 << 20) + " = { imports[ a : Q ]; }");
            File.WriteAllText(Path.Combine(directory.FullName, "truncated.unit"), File.ReadAllText(CliRunner.Data("broken.unit")).Substring(0, 140));
            foreach (var file in Directory.GetFiles(directory.FullName))
            {
                var result = CliRunner.Run("check", file);
                Assert.AreEqual(1, result.ExitCode, file + ": " + result.Error);
                Assert.AreEqual(string.Empty, result.Error);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void The_real_process_reports_the_same_exit_codes()
    {
        Assert.AreEqual(0, CliRunner.RunProcess("check", CliRunner.Data("clean.unit"), "-D", "SRC=/s").ExitCode);
        var broken = CliRunner.RunProcess("check", CliRunner.Data("broken.unit"));
        Assert.AreEqual(1, broken.ExitCode);
        StringAssert.Contains(broken.Out, "error UNIT0302");
        Assert.AreEqual(2, CliRunner.RunProcess("check").ExitCode);
    }

    [TestMethod]
    public void The_oskit_sample_and_the_standard_library_check_clean()
    {
        var sample = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "oskit-sample"), "*.unit").Order(StringComparer.Ordinal).ToArray();
        Assert.IsTrue(sample.Length >= 6);
        var stdlib = Path.Combine(CliRunner.RepositoryRoot, "stdlib-units", "units");
        var result = CliRunner.Run(["check", .. sample, "--library", "Units.Stdlib=" + stdlib]);
        Assert.AreEqual(0, result.ExitCode, result.Out);
        StringAssert.Contains(result.Out, "units check: 0 errors, 0 warnings");
        StringAssert.Contains(result.Out, "6 roots");
    }

    [TestMethod]
    public void The_sample_without_its_library_is_one_error_per_library_include_and_nothing_else()
    {
        var sample = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "oskit-sample"), "*.unit").Order(StringComparer.Ordinal).ToArray();
        var result = CliRunner.Run(["check", .. sample]);
        Assert.AreEqual(1, result.ExitCode, result.Out);
        var errors = result.Out.Split('\n').Where(l => l.Contains(": error ")).ToList();
        // The names the library declares look undefined everywhere; those errors are held back as its consequences.
        Assert.IsTrue(errors.Count > 0 && errors.All(e => e.Contains("error UNIT0207")), string.Join("\n", errors));
        StringAssert.Contains(errors[0], "name its folder with --library NAME=DIR");
    }

    [TestMethod]
    public void A_library_include_that_leaves_the_library_is_an_error_and_is_not_read()
    {
        var directory = Directory.CreateTempSubdirectory("units-library-");
        try
        {
            var library = Directory.CreateDirectory(Path.Combine(directory.FullName, "lib"));
            File.WriteAllText(Path.Combine(directory.FullName, "secret.unit"), "bundletype Secret_T = { s }\n");
            var main = Path.Combine(directory.FullName, "main.unit");
            File.WriteAllText(main, "include \"Lib:../secret.unit\"\n");
            var result = CliRunner.Run("check", main, "--library", "Lib=" + library.FullName);
            Assert.AreEqual(1, result.ExitCode, result.Out);
            StringAssert.Contains(result.Out, "error UNIT0208");
            Assert.IsFalse(result.Out.Contains("Secret_T"), result.Out);
            var usage = CliRunner.Run("check", main, "--library", "L=" + library.FullName);
            Assert.AreEqual(2, usage.ExitCode, usage.Out + usage.Error);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
