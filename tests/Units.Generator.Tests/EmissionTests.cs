using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

[TestClass]
public sealed class EmissionTests
{
    [TestMethod]
    public void A_composition_compiles_and_runs_with_separate_state_per_instance()
    {
        var result = ChainSystem.Harness().Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        var assembly = result.Load();
        assembly.Call("Demo.Pipeline", "Initialize");
        // stage = adder(b = adder(end = sink)): each adder adds 10 × its own call count
        Assert.AreEqual(1 + 10 + 10, assembly.Call("Demo.Pipeline+Stage", "Process", 1));
        Assert.AreEqual(2 + 20 + 20, assembly.Call("Demo.Pipeline+Stage", "Process", 2));
        // the counter calls through the same outer adder: its third call
        Assert.AreEqual(0 + 30 + 30, assembly.Call("Demo.Pipeline+First", "Count"));
        Assert.AreEqual(true, assembly.Call("Demo.Pipeline", "get_IsInitialized"));
    }

    [TestMethod]
    public void Typed_bundletypes_become_interfaces_of_static_abstract_members()
    {
        var result = ChainSystem.Harness().Run();
        var text = result.GeneratedText("Units.Interface.Demo.Stage_T.g.cs");
        StringAssert.Contains(text, "public interface Stage_T");
        StringAssert.Contains(text, "static abstract int Process(int x);");
    }

    [TestMethod]
    public void Each_atomic_unit_gets_its_partial_struct_header()
    {
        var result = ChainSystem.Harness().Run();
        var text = result.GeneratedText("Units.Unit.Demo.adder.g.cs");
        StringAssert.Contains(text, "partial struct adder<TSelf, TNext> : global::Demo.Stage_T");
        StringAssert.Contains(text, "where TNext : struct, global::Demo.Stage_T");
    }

    [TestMethod]
    public void Instances_are_copies_so_calls_between_them_are_direct()
    {
        var result = ChainSystem.Harness().Run();
        var text = result.GeneratedText("Units.Composition.Demo.Pipeline.g.cs");
        StringAssert.Contains(text, "public partial struct Stage : global::Demo.Stage_T");
        var copies = result.GeneratedText("Units.Copies.Demo.Pipeline.adder.g.cs");
        StringAssert.Contains(copies, "partial struct Stage\n");
        StringAssert.Contains(copies, "return Instance_b.Process(x + s_calls * 10);");
        Assert.IsFalse(text.Contains("global::Demo.adder<") || copies.Contains("global::Demo.adder<"), "no forwarding to the shared generic implementation");
    }

    [TestMethod]
    public void Output_is_byte_identical_across_runs()
    {
        var first = ChainSystem.Harness().Run().Driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
        var second = ChainSystem.Harness().Run().Driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
        CollectionAssert.AreEqual(first, second);
    }
}
