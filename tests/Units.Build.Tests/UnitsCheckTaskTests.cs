using Microsoft.Build.Utilities;
using Units.Testing;
using Units.Testing.Sarif;

namespace Units.Build.Tests;

/// <summary>The UnitsCheck task in-process: what it logs, and how build settings change severities.</summary>
[TestClass]
public sealed class UnitsCheckTaskTests
{
    private DirectoryInfo _directory = null!;

    [TestInitialize]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("units-task-");

    [TestCleanup]
    public void DeleteDirectory() => _directory.Delete(recursive: true);

    private const string Rules = """
        type ProcessContext <= NoContext
        type NoContext
        property context
        bundletype Lock_T = { void Acquire() }
        unit mutex = { exports[ lock : Lock_T ]; constraints{ context exports <= ProcessContext }; }
        unit irq = { imports[ lock : Lock_T ]; exports[ handler : { void Interrupt() } ]; constraints{ context imports >= NoContext }; }

        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (bool Succeeded, RecordingBuildEngine Engine) Run(Action<UnitsCheck> configure, params string[] files)
    {
        var engine = new RecordingBuildEngine();
        var task = new UnitsCheck { BuildEngine = engine, UnitFiles = files.Select(f => new TaskItem(f)).ToArray() };
        configure(task);
        return (task.Execute(), engine);
    }

    [TestMethod]
    public void A_violated_rule_is_an_error_with_code_location_and_help_link()
    {
        var file = Write("kernel.unit", Rules + "unit Kernel = { exports[ handler : { void Interrupt() } ]; link{ [m] <- mutex <- []; [handler] <- irq <- [m]; } }\n");
        var (succeeded, engine) = Run(_ => { }, file);
        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual("UNIT0603", error.Code);
        Assert.AreEqual(file, error.File);
        Assert.AreEqual((7, 107, 7, 108), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.AreEqual("https://github.com/units-lang/units/blob/main/docs/diagnostics.md#unit0603", error.HelpLink);
        StringAssert.StartsWith(error.Message, "'context' rule violated in Kernel");
        var notes = engine.Messages.Select(m => m.Message!).Where(m => m.Contains("note: ", StringComparison.Ordinal)).ToList();
        Assert.IsTrue(notes.Count >= 2, "the explanation follows as notes");
        Assert.IsTrue(notes.All(n => n.StartsWith($"    {file}(", StringComparison.Ordinal)), string.Join("\n", notes));
        StringAssert.Contains(notes[0], "): note: irq requires 'context imports >= NoContext' for Kernel_handler: this is the check that fails");
    }

    [TestMethod]
    public void A_clean_composition_logs_nothing_and_succeeds()
    {
        var file = Write("kernel.unit", Rules + "unit Kernel = { exports[ lock : Lock_T ]; link{ [lock] <- mutex <- []; } }\n");
        var (succeeded, engine) = Run(_ => { }, file);
        Assert.IsTrue(succeeded);
        Assert.AreEqual(0, engine.Errors.Count + engine.Warnings.Count);
    }

    /// <summary>A composition with one warning: an import nothing uses (UNIT0358).</summary>
    private string WarningFile() =>
        Write("warn.unit", "bundletype Log_T = { write }\nunit logger = { exports[ log : Log_T ]; }\nunit Program = { imports[ clock : { now } ]; exports[ log : Log_T ]; link{ [log] <- logger <- []; } }\n");

    [TestMethod]
    public void Warnings_follow_NoWarn_WarningsAsErrors_and_TreatWarningsAsErrors()
    {
        var file = WarningFile();
        var plain = Run(_ => { }, file);
        Assert.IsTrue(plain.Succeeded);
        var id = plain.Engine.Warnings.Single().Code;

        var quiet = Run(t => t.NoWarn = "CS1591;" + id, file);
        Assert.IsTrue(quiet.Succeeded);
        Assert.AreEqual(0, quiet.Engine.Warnings.Count + quiet.Engine.Errors.Count);

        var strict = Run(t => t.TreatWarningsAsErrors = true, file);
        Assert.IsFalse(strict.Succeeded);
        Assert.AreEqual(id, strict.Engine.Errors.Single().Code);

        var exempt = Run(t => { t.TreatWarningsAsErrors = true; t.WarningsNotAsErrors = id; }, file);
        Assert.IsTrue(exempt.Succeeded);
        Assert.AreEqual(1, exempt.Engine.Warnings.Count);

        var one = Run(t => t.WarningsAsErrors = id, file);
        Assert.IsFalse(one.Succeeded);
    }

    [TestMethod]
    public void A_globalconfig_sets_severities_as_for_the_compiler()
    {
        var file = WarningFile();
        var id = Run(_ => { }, file).Engine.Warnings.Single().Code;
        var config = Write(".globalconfig", $"is_global = true\ndotnet_diagnostic.{id}.severity = error\n");
        var raised = Run(t => t.ConfigFiles = [new TaskItem(config)], file);
        Assert.IsFalse(raised.Succeeded);
        File.WriteAllText(config, $"is_global = true\ndotnet_diagnostic.{id}.severity = none\n");
        var silenced = Run(t => t.ConfigFiles = [new TaskItem(config)], file);
        Assert.AreEqual(0, silenced.Engine.Warnings.Count + silenced.Engine.Errors.Count);
    }

    [TestMethod]
    public void Definitions_come_from_the_build_and_never_from_the_environment()
    {
        // Variables matter where Units must open a file: include paths.
        Directory.CreateDirectory(Path.Combine(_directory.FullName, "lib"));
        var types = Write(Path.Combine("lib", "types.unit"), "bundletype Log_T = { write }\n");
        var lib = Path.Combine(_directory.FullName, "lib");
        var file = Write("paths.unit", "include \"${SRC}/types.unit\"\nunit logger = { exports[ log : Log_T ]; }\n");
        Assert.IsTrue(Run(t => t.Defines = $"SRC={lib};OTHER", file, types).Succeeded);
        var fromProject = Write("project.unit", "include \"${MSBuildProjectDirectory}/types.unit\"\nunit logger = { exports[ log : Log_T ]; }\n");
        Assert.IsTrue(Run(t => { t.ProjectDirectory = lib; t.IncludeRoots = _directory.FullName; }, fromProject, types).Succeeded, "the project directory is always defined");
        Environment.SetEnvironmentVariable("SRC", lib);
        try
        {
            var (succeeded, engine) = Run(_ => { }, file);
            Assert.IsFalse(succeeded, "the generator cannot read the environment, so the task must not either");
            Assert.AreEqual("UNIT0203", engine.Errors.Single().Code);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SRC", null);
        }
    }

    [TestMethod]
    public void Root_limits_the_check_to_one_composition()
    {
        var file = Write("two.unit", Rules +
            "unit Kernel = { exports[ handler : { void Interrupt() } ]; link{ [m] <- mutex <- []; [handler] <- irq <- [m]; } }\n" +
            "unit Locks = { exports[ lock : Lock_T ]; link{ [lock] <- mutex <- []; } }\n");
        Assert.IsFalse(Run(_ => { }, file).Succeeded);
        Assert.IsTrue(Run(t => t.Root = "Locks", file).Succeeded);
    }

    [TestMethod]
    public void Sarif_output_is_written_and_valid()
    {
        var file = Write("kernel.unit", Rules + "unit Kernel = { exports[ handler : { void Interrupt() } ]; link{ [m] <- mutex <- []; [handler] <- irq <- [m]; } }\n");
        var sarif = Path.Combine(_directory.FullName, "out", "units.sarif");
        Run(t => t.SarifOutput = sarif, file);
        var problems = SarifShape.Validate(File.ReadAllText(sarif));
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        StringAssert.Contains(File.ReadAllText(sarif), "\"ruleId\": \"UNIT0603\"");
    }

    [TestMethod]
    public void A_sarif_log_that_another_project_wrote_is_replaced_with_a_warning()
    {
        var file = Write("kernel.unit", Rules + "unit Kernel = { exports[ handler : { void Interrupt() } ]; link{ [m] <- mutex <- []; [handler] <- irq <- [m]; } }\n");
        var sarif = Path.Combine(_directory.FullName, "shared", "units.sarif");
        var first = Path.Combine(_directory.FullName, "a", "A.csproj");
        var second = Path.Combine(_directory.FullName, "b", "B \"quoted\".csproj");

        var (_, again) = Run(t => { t.SarifOutput = sarif; t.ProjectFile = first; }, file);
        (_, again) = Run(t => { t.SarifOutput = sarif; t.ProjectFile = first; }, file);
        Assert.IsFalse(again.Warnings.Any(w => w.Code == "UNIT0901"), "a project may replace its own log");
        StringAssert.Contains(File.ReadAllText(sarif), "\"unitsProject\"", "the log records its project");

        var (_, other) = Run(t => { t.SarifOutput = sarif; t.ProjectFile = second; }, file);
        var warning = other.Warnings.Single(w => w.Code == "UNIT0901");
        StringAssert.Contains(warning.Message, $"held the results of project '{first}'");
        var (_, back) = Run(t => { t.SarifOutput = sarif; t.ProjectFile = first; }, file);
        StringAssert.Contains(back.Warnings.Single(w => w.Code == "UNIT0901").Message, $"held the results of project '{second}'", "quotes in the path read back");
        Assert.AreEqual(0, SarifShape.Validate(File.ReadAllText(sarif)).Count);

        var (_, silenced) = Run(t => { t.SarifOutput = sarif; t.ProjectFile = second; t.NoWarn = "UNIT0901"; }, file);
        Assert.IsFalse(silenced.Warnings.Any(w => w.Code == "UNIT0901"), "NoWarn applies to it");
    }

    [TestMethod]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var missing = Path.Combine(_directory.FullName, "missing.unit");
        var (succeeded, engine) = Run(_ => { }, missing);
        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual("UNIT0202", error.Code);
        StringAssert.Contains(error.Message, $"cannot read '{missing}': file not found");
    }

    [TestMethod]
    public void The_task_reads_only_its_items_and_says_so()
    {
        // other.unit exists beside main.unit, but is not an item: the generator could not see it, so neither does the task.
        Write("other.unit", "bundletype C_T = { c }\n");
        var main = Write("main.unit", "include \"other.unit\"\nunit u = { exports[ c : C_T ]; }\n");
        var (succeeded, engine) = Run(t => t.ProjectDirectory = _directory.FullName, main);
        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual("UNIT0200", error.Code);
        StringAssert.Contains(error.Message, "a build reads only UnitFile items");
    }

    [TestMethod]
    public void An_include_outside_the_project_and_its_include_roots_is_not_read()
    {
        var shared = _directory.CreateSubdirectory("shared");
        var project = _directory.CreateSubdirectory("project");
        var types = Path.Combine(shared.FullName, "types.unit");
        File.WriteAllText(types, "bundletype C_T = { c }\n");
        var main = Path.Combine(project.FullName, "main.unit");
        File.WriteAllText(main, "include \"../shared/types.unit\"\nunit u = { exports[ c : C_T ]; }\n");

        var (refused, engine) = Run(t => t.ProjectDirectory = project.FullName, main, types);
        Assert.IsFalse(refused);
        var error = engine.Errors.Single();
        Assert.AreEqual("UNIT0205", error.Code);
        StringAssert.Contains(error.Message, "<UnitsIncludeRoots>");

        var (allowed, clean) = Run(t => { t.ProjectDirectory = project.FullName; t.IncludeRoots = "../shared"; }, main, types);
        Assert.IsTrue(allowed, string.Join("\n", clean.Errors.Select(e => e.Message)));
    }

    [TestMethod]
    public void An_undefined_variable_tells_a_build_user_about_UnitsDefine()
    {
        var main = Write("main.unit", "include \"${SHARED}/types.unit\"\n");
        var (succeeded, engine) = Run(t => t.ProjectDirectory = _directory.FullName, main);
        Assert.IsFalse(succeeded);
        var error = engine.Errors.Single();
        Assert.AreEqual("UNIT0203", error.Code);
        StringAssert.Contains(error.Message, "<UnitsDefine>SHARED=value</UnitsDefine>");
        Assert.IsFalse(error.Message!.Contains("environment, ", StringComparison.Ordinal), error.Message);
    }
}
