namespace Units.Cli.Tests;

[TestClass]
public sealed class RulesCommandTests
{
    [TestMethod]
    public void Check_reports_a_violated_rule_with_its_located_path()
    {
        var result = CliRunner.Run("check", CliRunner.Data("interrupt.unit"));
        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.Out, "error UNIT0603: 'context' rule violated in Kernel: import 'lock.acquire' of Kernel_handler (irq) must be >= NoContext but is ProcessContext");
        StringAssert.Contains(result.Out, "note: mutex requires 'context exports <= ProcessContext' for Kernel_m");
    }

    [TestMethod]
    public void Explain_prints_the_value_and_why()
    {
        var result = CliRunner.Run("explain", CliRunner.Data("interrupt.unit"), "Kernel_m.lock.acquire", "--property", "context");
        Assert.AreEqual(1, result.ExitCode, "the composition has an error, which is printed first");
        var explanation = result.Out.Substring(result.Out.IndexOf("Kernel_m.lock.acquire: context = ProcessContext", StringComparison.Ordinal));
        StringAssert.Contains(explanation, "interrupt.unit(5,");
        StringAssert.Contains(explanation, "mutex requires 'context exports <= ProcessContext' for Kernel_m: Kernel_m.lock.acquire is at most ProcessContext");
    }

    [TestMethod]
    public void Explain_says_what_it_cannot_find()
    {
        var instance = CliRunner.Run("explain", CliRunner.Data("interrupt.unit"), "Kernel_n", "--property", "context");
        Assert.AreEqual(2, instance.ExitCode);
        StringAssert.Contains(instance.Error, "no instance 'Kernel_n' in Kernel; did you mean 'Kernel_m'?");
        var property = CliRunner.Run("explain", CliRunner.Data("interrupt.unit"), "Kernel_m", "--property", "contxt");
        Assert.AreEqual(2, property.ExitCode);
        StringAssert.Contains(property.Error, "unknown property 'contxt'; did you mean 'context'?");
        Assert.AreEqual(2, CliRunner.Run("explain", CliRunner.Data("interrupt.unit"), "Kernel_m").ExitCode, "--property is required");
    }

    [TestMethod]
    public void Schedule_prints_initializers_then_finalizers()
    {
        var result = CliRunner.Run("schedule", CliRunner.Data("interrupt.unit"));
        StringAssert.Contains(result.Out, "initializers:\n  Kernel_m.mutex_init (mutex)\n  Kernel_handler.irq_init (irq)\nfinalizers:\n  Kernel_handler.irq_fini (irq)\n");
    }

    [TestMethod]
    public void Several_roots_need_a_choice()
    {
        var result = CliRunner.Run("schedule", CliRunner.Data("clean.unit"), CliRunner.Data("second-root.unit"), "-D", "SRC=/s");
        Assert.AreEqual(2, result.ExitCode);
        StringAssert.Contains(result.Error, "choose one with --root");
        Assert.AreEqual(0, CliRunner.Run("schedule", CliRunner.Data("clean.unit"), CliRunner.Data("second-root.unit"), "-D", "SRC=/s", "--root", "Timer").ExitCode);
    }

    [TestMethod]
    public void Schedule_of_a_kernel_lists_the_calls_its_compounds_declare()
    {
        var result = CliRunner.Run("schedule", CliRunner.Data("compound-initializers.unit"), "--root", "Kernel");
        Assert.AreEqual(0, result.ExitCode, result.Out);
        var lines = result.Out.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToList();
        var initializers = lines.SkipWhile(l => l != "initializers:").Skip(1).TakeWhile(l => l != "finalizers:").ToList();
        var finalizers = lines.SkipWhile(l => l != "finalizers:").Skip(1).Where(l => l.Length > 0).ToList();
        CollectionAssert.AreEqual(new[] { "Kernel_cpu_cpuid.detect (cpuid_unit)", "Kernel_cpu.cpu.cpu_setup (x86)" }, initializers);
        CollectionAssert.AreEqual(new[] { "Kernel_keys.wfk.wait_for_key (vga_console)", "Kernel_stdout.clear (libc_stdout)" }, finalizers);
    }
}
