using Units.Compiler.Loading;
using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Corpus;

/// <summary>
/// A realistic corpus in the original Knit style (Corpus/oskit): it must check clean, and the
/// same files with an injected mistake must report exactly that mistake, once, where it is.
/// </summary>
[TestClass]
public sealed class OskitCorpusTests
{
    private static string CorpusDirectory => Path.Combine(TestPaths.SourceDirectory, "Corpus", "oskit");

    private static readonly Dictionary<string, string> s_definitions = new() { ["OSKIT_SRC"] = "/usr/src/oskit" };

    private static Dictionary<string, string> ReadCorpus() =>
        Directory.GetFiles(CorpusDirectory, "*.unit").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    private static CheckResult Check(Dictionary<string, string> files)
    {
        var provider = new InMemorySourceProvider(files);
        return UnitCompilation.Create(new[] { "oskit.unit" }, provider, new Variables(s_definitions)).Check();
    }

    [TestMethod]
    public void The_corpus_checks_with_no_diagnostics()
    {
        var result = Check(ReadCorpus());
        Assert.AreEqual(0, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        CollectionAssert.AreEqual(new[] { "Kernel_Hello", "Kernel_FileServer", "Kernel_WebServer" }, result.Roots.Select(r => r.Name).ToArray());
        Assert.IsTrue(ReadCorpus().Values.Sum(t => t.Split("\nunit ").Length - 1) >= 30, "a few dozen units");
        Assert.AreEqual(28, result.Compositions.Single(c => c.Root.Name == "Kernel_WebServer").Instances.Count);
    }

    /// <summary>A mistake: in <paramref name="File"/>, <paramref name="Find"/> becomes <paramref name="Replace"/>;
    /// the diagnostic must start at <paramref name="At"/> characters into the replacement.</summary>
    public sealed record Mistake(string Name, string File, string Find, string Replace, string Id, int At = 0)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<object[]> Mistakes() => new Mistake[]
    {
        new("misspelt bundletype", "dev.unit", "imports[ osenv : OSEnv_T, sleep : Sleep_T, isa : Isa_T ];", "imports[ osenv : OSEnvT, sleep : Sleep_T, isa : Isa_T ];", "UNIT0301", 17),
        new("misspelt unit in a kernel", "oskit.unit", "[main] <- hello <-", "[main] <- helo <-", "UNIT0302", 10),
        new("missing closing bracket", "libc.unit", "exports[ stdio : Stdio_T ];", "exports[ stdio : Stdio_T ;", "UNIT0100", 26),
        new("missing colon", "machine.unit", "exports[ intr : Intr_T ];\n  constraints{ context exports <= NoContext };\n  files{ \"intr.c\"",
            "exports[ intr Intr_T ];\n  constraints{ context exports <= NoContext };\n  files{ \"intr.c\"", "UNIT0100", 14),
        new("import left out of a link", "machine.unit", "[sleep] <- sleep_process <- [lock, timer];", "[sleep] <- sleep_process <- [lock];", "UNIT0354", 28),
        new("unknown member in rename", "apps.unit", "console.puts to console_puts", "console.putz to console_puts", "UNIT0304", 8),
        new("undefined variable in an include", "oskit.unit", "include \"apps.unit\"", "include \"${OSKIT_APPS}/apps.unit\"", "UNIT0203", 9),
        new("duplicate unit", "apps.unit", "unit web_server = {", "unit hello = { exports[ main : Main_T ]; }\nunit web_server = {", "UNIT0300", 5),
        new("missing include", "oskit.unit", "include \"apps.unit\"", "include \"applications.unit\"", "UNIT0200", 8),
        new("unknown port in depends", "fs.unit", "depends{ { posix.open,", "depends{ { posx.open,", "UNIT0303", 11),
        new("incompatible link", "oskit.unit", "[main] <- hello <- [stdio, exit, banner];", "[main] <- hello <- [string, exit, banner];", "UNIT0355", 20),
        new("unknown flags after a bundletype", "types.unit", "irq_disable } with flags kern", "irq_disable } with flags kernel", "UNIT0308", 25),
        new("misspelt call of an import's function", "dev.unit", "{ide_probe} < {isa.isa_probe}", "{ide_probe} < {isa.isa_prob}", "UNIT0304", 19),
        new("misspelt name in a compound finalizer", "dev.unit", "finalizer locked.blkio_sync", "finalizer lockd.blkio_sync", "UNIT0315", 10),
        new("misspelt member in a bundle argument", "oskit.unit", "serve_file = raw_serve.serve_file", "serve_file = raw_serve.serve_fil", "UNIT0363", 23),
        new("unterminated quoted symbol", "types.unit", "'.anno_end',", "'.anno_end,", "UNIT0007", 0),
        new("unknown name in link", "fs.unit", "[fs]     <- lock_fs    <- [raw_fs, lock];", "[fs]     <- lock_fs    <- [rawfs, lock];", "UNIT0350", 27),
        new("unknown clause", "net.unit", "  depends{ exports needs imports };\n  constraints{ context exports <= context imports };\n  files{ \"httpd.c\"",
            "  dpends{ exports needs imports };\n  constraints{ context exports <= context imports };\n  files{ \"httpd.c\"", "UNIT0102", 2),
    }.Select(m => new object[] { m });

    public static string MistakeName(System.Reflection.MethodInfo method, object[] data) => data[0].ToString()!;

    [TestMethod]
    [DynamicData(nameof(Mistakes), DynamicDataDisplayName = nameof(MistakeName))]
    public void An_injected_mistake_is_reported_once_where_it_is(Mistake mistake)
    {
        var files = ReadCorpus();
        var text = files[mistake.File];
        var index = text.IndexOf(mistake.Find, StringComparison.Ordinal);
        Assert.IsTrue(index >= 0 && text.IndexOf(mistake.Find, index + 1, StringComparison.Ordinal) < 0, "the snippet must occur exactly once");
        files[mistake.File] = text.Substring(0, index) + mistake.Replace + text.Substring(index + mistake.Find.Length);
        var result = Check(files);
        Assert.AreEqual(1, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        var diagnostic = result.Diagnostics[0];
        Assert.AreEqual(mistake.Id, diagnostic.Id, TestCompiler.Format(result.Diagnostics));
        var expected = new Units.Compiler.Text.SourceText(mistake.File, files[mistake.File]).GetLinePosition(index + mistake.At);
        Assert.AreEqual(mistake.File, diagnostic.Location.Path);
        Assert.AreEqual(expected, diagnostic.Location.Start, TestCompiler.Format(result.Diagnostics));
    }

    [TestMethod]
    public void An_interrupt_handler_wired_to_code_that_sleeps_is_one_violation_with_its_path()
    {
        var files = ReadCorpus();
        const string line = "[handler] <- linux_ide_irq  <- [osenv, wake];";
        Assert.IsTrue(files["dev.unit"].Contains(line));
        files["dev.unit"] = files["dev.unit"].Replace(line, "[handler] <- linux_ide_irq  <- [osenv, sleep];");
        var result = Check(files);
        Assert.AreEqual(1, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        var violation = result.Diagnostics[0];
        Assert.AreEqual("UNIT0603", violation.Id);
        StringAssert.Contains(violation.Message, "linux_ide_irq");
        var mistakeLine = new Units.Compiler.Text.SourceText("dev.unit", files["dev.unit"]).GetLinePosition(files["dev.unit"].IndexOf("<- linux_ide_irq  <- [osenv, sleep]", StringComparison.Ordinal)).Line;
        Assert.IsTrue(violation.Notes.Any(n => n.Location.Path == "dev.unit" && n.Location.Start.Line == mistakeLine), "the path passes the mistaken link line");
        Assert.IsTrue(violation.Notes.Any(n => n.Message.Contains("sleep_process requires 'context exports <= ProcessContext'")), "the path ends at the rule that set the bound");
        Assert.IsTrue(violation.Notes.All(n => !n.Location.IsNone || n.Message.StartsWith("the same two rules", StringComparison.Ordinal)), "every step is located");
    }

    [TestMethod]
    public void The_corpus_kernels_schedule_the_console_before_its_users_and_unmount_before_the_disk_stops()
    {
        var result = Check(ReadCorpus());
        var web = result.Compositions.Single(c => c.Root.Name == "Kernel_WebServer").Schedule;
        var init = web.Initializers.Select(c => c.Call.Function).ToList();
        Assert.IsTrue(init.IndexOf("com_init") < init.IndexOf("malloc_init"));
        Assert.IsTrue(init.IndexOf("ide_probe") < init.IndexOf("ffs_mount"));
        Assert.IsTrue(init.IndexOf("eth_probe") < init.IndexOf("net_init"));
        Assert.IsTrue(init.IndexOf("ffs_mount") < init.IndexOf("log_open_all"));
        var fini = web.Finalizers.Select(c => c.Call.Function).ToList();
        Assert.IsTrue(fini.IndexOf("log_close_all") < fini.IndexOf("net_fini"));
        Assert.IsTrue(fini.IndexOf("net_fini") < fini.IndexOf("eth_shutdown"));
        Assert.IsTrue(fini.IndexOf("ffs_unmount") < fini.IndexOf("pit_fini"));
    }

    [TestMethod]
    public void Three_mistakes_in_three_files_give_three_diagnostics()
    {
        var files = ReadCorpus();
        files["fs.unit"] = files["fs.unit"].Replace("unit lock_fs = {\n  imports[ inner : FileSys_T", "unit lock_fs = {\n  imports[ inner : FileSysT");
        files["libc.unit"] = files["libc.unit"].Replace("exports[ stdio : Stdio_T ];", "exports[ stdio : Stdio_T ;");
        files["apps.unit"] = files["apps.unit"].Replace("console.puts to console_puts", "console.putz to console_puts");
        var result = Check(files);
        CollectionAssert.AreEquivalent(new[] { "UNIT0301", "UNIT0100", "UNIT0304" }, result.Diagnostics.Select(d => d.Id).ToArray(),
            TestCompiler.Format(result.Diagnostics));
    }
}
