using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

/// <summary>The generator must never crash the compiler: hostile input gives UNIT diagnostics, never CS8785.</summary>
[TestClass]
public sealed class RobustnessTests
{
    public static IEnumerable<object[]> Inputs()
    {
        var random = new Random(5);
        var bytes = new byte[3000];
        random.NextBytes(bytes);
        yield return new object[] { "random bytes", System.Text.Encoding.UTF8.GetString(bytes), "" };
        yield return new object[] { "deep nesting", "unit u = { depends{ " + new string('(', 5000) + " } }", "" };
        yield return new object[] { "truncated", ChainSystem.Units.Substring(0, ChainSystem.Units.Length / 2), ChainSystem.Implementations };
        yield return new object[] { "C# keywords as names", "namespace class;\nbundletype int = { void void(int class) }\nunit struct = { exports[ e : int ]; }\nunit Top = { exports[ e : int ]; link{ [e] <- struct <- []; } }", "" };
        yield return new object[] { "broken C#", ChainSystem.Units, "namespace Demo; partial struct adder<TSelf, TNext> { public static int Process(int x) => TNext.Process( ; }" };
        yield return new object[] { "deeply nested C#", ChainSystem.Units,
            "namespace Demo; partial struct sink<TSelf> { public static int Process(int x) => " + string.Concat(Enumerable.Repeat("(", 3000)) + "x" + string.Concat(Enumerable.Repeat(")", 3000)) + "; static void Reset() {} }" };
    }

    public static string Name(System.Reflection.MethodInfo _, object[] data) => (string)data[0];

    [TestMethod]
    [DynamicData(nameof(Inputs), DynamicDataDisplayName = nameof(Name))]
    public void Hostile_input_never_crashes_the_generator(string name, string units, string csharp)
    {
        var harness = new GeneratorHarness().Unit("hostile.unit", units);
        if (csharp.Length > 0) harness.CSharp("Hostile.cs", csharp);
        var result = harness.Run();
        var run = result.Driver.GetRunResult();
        Assert.IsTrue(run.Results.All(r => r.Exception is null), name + ": " + string.Join("\n", run.Results.Select(r => r.Exception)));
        Assert.IsFalse(result.GeneratorDiagnostics.Any(d => d.Id is "CS8785" or "UNIT0899"), result.Describe());
    }
}

[TestClass]
public sealed class SafetyNetTests
{
    [TestMethod]
    public void An_internal_fault_becomes_a_UNIT0899_diagnostic_not_a_crash()
    {
        // A model that names a unit it does not contain cannot be emitted: the fault is caught.
        var broken = new Units.Compiler.Emit.EmitProgram(
            Units.Compiler.EquatableArray<Units.Compiler.Emit.InterfaceModel>.Empty,
            Units.Compiler.EquatableArray<Units.Compiler.Emit.UnitModel>.Empty,
            Units.Compiler.EquatableArray.Create(new Units.Compiler.Emit.CompositionModel("Top", "Demo", null,
                Units.Compiler.EquatableArray<Units.Compiler.Emit.ImportModel>.Empty,
                Units.Compiler.EquatableArray.Create(new Units.Compiler.Emit.InstanceModel("Instance_x", "no_such_unit", "Top_x",
                    Units.Compiler.EquatableArray<Units.Compiler.Emit.SupplierModel>.Empty, Units.Compiler.Text.SourceLocation.None)),
                Units.Compiler.EquatableArray<Units.Compiler.Emit.UnionModel>.Empty,
                Units.Compiler.EquatableArray<Units.Compiler.Emit.CompositionExportModel>.Empty,
                Units.Compiler.EquatableArray<Units.Compiler.Emit.ScheduledCallModel>.Empty,
                Units.Compiler.EquatableArray<Units.Compiler.Emit.ScheduledCallModel>.Empty,
                false, Units.Compiler.Text.SourceLocation.None)),
            Units.Compiler.EquatableArray<Units.Compiler.Diagnostics.Diagnostic>.Empty);
        var result = UnitsGenerator.SafeBind(broken, Units.Compiler.EquatableArray<Units.Compiler.Emit.ImplementationInfo>.Empty, Units.Compiler.Emit.CSharpFacts.None);
        var diagnostic = result.Diagnostics.Single();
        Assert.AreEqual("UNIT0899", diagnostic.Id);
        StringAssert.Contains(diagnostic.Message, "please report it");
    }

    [TestMethod]
    public void Facts_that_could_not_be_read_are_reported_not_ignored()
    {
        var program = Units.Compiler.Emit.EmitPlanner.Plan(global::Units.Compiler.UnitCompilation.Create(new[] { "s.unit" },
            new global::Units.Compiler.Loading.InMemorySourceProvider(new[] { new KeyValuePair<string, string>("s.unit", "bundletype Value_T = { int Get() }") }),
            global::Units.Compiler.Loading.Variables.None), null, "Demo");
        var plan = Units.Compiler.Emit.ImplementationBinder.Bind(program, Array.Empty<Units.Compiler.Emit.ImplementationInfo>(),
            Units.Compiler.Emit.CSharpFacts.Failed(new ArgumentException("Inconsistent syntax tree features")));
        var diagnostic = plan.Diagnostics.Single(d => d.Id == "UNIT0899");
        StringAssert.Contains(diagnostic.Message, "reading the C# compilation: ArgumentException: Inconsistent syntax tree features");
        Assert.AreEqual(1, plan.Interfaces.Count, "the interfaces are still emitted, with their types as written");
    }
}
