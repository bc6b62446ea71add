namespace Units.Generator.Tests;

/// <summary>
/// What the fuzzer's differential property found (tests/Units.Fuzzing): inputs the checker accepts
/// whose generated C# did not compile. Each is the smallest input that showed it.
/// </summary>
[TestClass]
public sealed class FuzzFindingsTests
{
    [TestMethod]
    public void An_initializer_of_an_import_whose_supplier_has_no_CSharp_is_not_called()
    {
        // Knit-only bundletypes: neither unit is emitted (UNIT0804), so isa.probe exists in no C# type.
        var result = new GeneratorHarness().Unit("k.unit", """
            namespace Demo;
            bundletype Isa_T = { probe }
            bundletype Ide_T = { open_disk }
            unit isa_bus = { exports[ isa : Isa_T ]; initializer isa_init for isa; }
            unit linux_ide = { imports[ isa : Isa_T ]; exports[ ide : Ide_T ]; initializer isa.probe for ide; }
            unit Kernel = { exports[ ide : Ide_T ]; link{ [isa] <- isa_bus <- []; [ide] <- linux_ide <- [isa]; } }
            """).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        StringAssert.Contains(result.GeneratedText("Kernel.g.cs"), "// Kernel_ide.isa.probe: not called, its supplier has no C# (see UNIT0804)");
    }

    [TestMethod]
    public void A_finalizer_that_cannot_be_called_leaves_the_roll_back_intact()
    {
        // The comment that stands for the call was once written inside 'try { … } catch { }', eating the braces.
        var result = new GeneratorHarness().Unit("k.unit", """
            namespace Demo;
            bundletype Out_T = { int Write(int x) }
            bundletype Key_T = { wait_for_key }
            unit console = { exports[ out : Out_T ]; initializer open for out; finalizer close for out; }
            unit keys = { imports[ out : Out_T ]; exports[ keys : Key_T ]; }
            unit vga = { imports[ out : Out_T ]; exports[ keys : Key_T ]; finalizer k.wait_for_key for out; link{ [k] <- keys <- [out]; keys = k; } }
            unit Kernel = { exports[ keys : Key_T ]; link{ [out] <- console <- []; [keys] <- vga <- [out]; } }
            """).CSharp("Console.cs", """
            namespace Demo;
            partial struct console<TSelf> { public static int Write(int x) => x; static void open() { } static void close() { } }
            """).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        var kernel = result.GeneratedText("Kernel.g.cs");
        StringAssert.Contains(kernel, "// Kernel_keys.k.wait_for_key: not called, its supplier has no C# (see UNIT0804)\n");
        StringAssert.Contains(kernel, "if (done >= 1) try { Instance_out.close(); } catch { }");
    }

    [TestMethod]
    public void Knit_inline_C_code_is_UNIT0816_at_the_code_not_a_CSharp_error_in_a_generated_file()
    {
        var result = new GeneratorHarness().Unit("k.unit", """
            namespace Demo;
            bundletype Args_T = { int Count() }
            unit Boot = {
              exports[ args : Args_T ];
              link{ [args] <- %{ int prog_argc = 1; char *prog_argv[2] = { "kernel", 0 }; %} <- []; }
            }
            """).Run();
        Assert.AreEqual(1, result.Errors.Count(), result.Describe());
        var error = result.Errors.Single();
        Assert.AreEqual("UNIT0816", error.Id, result.Describe());
        StringAssert.Contains(error.GetMessage(), "the inline code in a link of 'Boot' is not C# member declarations (line 1 of the code: CS0650");
        var span = error.Location.GetLineSpan();
        Assert.AreEqual(("/project/k.unit", 4), (span.Path, span.StartLinePosition.Line), "at the inline code");
    }

    [TestMethod]
    public void A_bundle_argument_makes_a_union_struct_with_a_CSharp_name_and_no_alias()
    {
        // The union was named after the argument as written, 'Union_Instance_qq_{.q = a.a1, r = b.b2}',
        // and the inline code got 'using {.q = a.a1, r = b.b2} = …;' for its import.
        var result = new GeneratorHarness().Unit("b.unit", """
            namespace Demo;
            bundletype A_T = { a1, a2 }
            bundletype B_T = { b1, b2 }
            bundletype Q_T = { '.q', r }
            unit srcA = { exports[ a : A_T ]; }
            unit srcB = { exports[ b : B_T ]; }
            unit user = { imports[ q : Q_T ]; exports[ out : { o } ]; depends{ exports needs imports }; }
            unit Top = {
              exports[ out : { o } ];
              link{ [a] <- srcA <- []; [b] <- srcB <- []; [qq] <- %{ %} <- [{ '.q' = a.a1, r = b.'b2' }]; [out] <- user <- [qq]; }
            }
            """).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        StringAssert.Contains(result.GeneratedText("Top.g.cs"), "public struct Union_Instance_qq_q_a_a1_r_b_b2_");
    }
}
