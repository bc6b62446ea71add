using Units.Compiler.Flattening;
using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Flattening;

[TestClass]
public sealed class FlattenerTests
{
    private const string FileServer = """
        bundletype Blk_T = { read, write }
        bundletype Lock_T = { acquire, release }
        bundletype Env_T = { irq, alloc }
        bundletype Console_T = { putc, getc }
        bundletype Fs_T = { open, close }
        bundletype Stats_T = { count }
        bundletype Main_T = { main }
        unit linux_ide = { imports[ osenv : Env_T ]; exports[ ide : Blk_T ]; }
        unit lock_blkdev = { imports[ inner : Blk_T, lock : Lock_T ]; exports[ outer : Blk_T ]; }
        unit spin_lock = { exports[ lock : Lock_T ]; }
        unit ext2fs = { imports[ blk : Blk_T, osenv : Env_T, console : Console_T ]; exports[ fs : Fs_T, stats : Stats_T ]; }
        unit osenv_x86 = { exports[ env : Env_T ]; }
        unit app = { imports[ fs : Fs_T, out : Console_T, stats : Stats_T ]; exports[ main : Main_T ]; }
        unit FileServer = {
          imports[ console : Console_T ];
          exports[ main : Main_T ];
          link{
            [ide]        <- linux_ide   <- [osenv];
            [blk]        <- lock_blkdev <- [ide, lk];
            [lk]         <- spin_lock   <- [];
            [fs, stats]  <- ext2fs      <- [blk, osenv, console];
            [osenv]      <- osenv_x86   <- [];
            [main]       <- app         <- {fs, out=console, ...};
          }
        }
        """;

    private static FlatComposition Flatten(string text, string root)
    {
        var result = TestCompiler.Check(text, root);
        Assert.AreEqual(0, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        return result.Compositions.Single().Flat;
    }

    [TestMethod]
    public void Instances_are_named_parent_underscore_first_export()
    {
        var flat = Flatten(FileServer, "FileServer");
        CollectionAssert.AreEqual(
            new[] { "FileServer_ide", "FileServer_blk", "FileServer_lk", "FileServer_fs", "FileServer_osenv", "FileServer_main" },
            flat.Instances.Select(i => i.Name).ToArray());
    }

    [TestMethod]
    public void Every_import_member_knows_its_supplier()
    {
        var flat = Flatten(FileServer, "FileServer");
        var app = flat.FindInstance("FileServer_main")!;
        var outPort = app.FindImport("out")!;
        Assert.IsTrue(outPort.Members.All(m => m.Supplier.IsRootImport && m.Supplier.Port == "console"));
        var fs = app.FindImport("fs")!.Members.Single(m => m.Member == "open").Supplier;
        Assert.AreEqual("FileServer_fs", flat.Instances[fs.Instance].Name);
        Assert.AreEqual("fs", fs.Port);
        var lockBlk = flat.FindInstance("FileServer_blk")!;
        var lockSupplier = lockBlk.FindImport("lock")!.Members.Single(m => m.Member == "acquire").Supplier;
        Assert.AreEqual("spin_lock", flat.Instances[lockSupplier.Instance].Unit.Name);
        var rootExport = flat.RootExports.Single().Members.Single();
        Assert.AreEqual("FileServer_main", flat.Instances[rootExport.Supplier.Instance].Name);
    }

    [TestMethod]
    public void Names_pass_into_and_out_of_nested_compounds_with_their_route()
    {
        const string text = """
            bundletype T = { f }
            unit leaf = { exports[ out : T ]; }
            unit user = { imports[ x : T ]; exports[ done : { run } ]; }
            unit Inner = { imports[ given : T ]; exports[ made : T, used : { run } ]; link{ [made] <- leaf <- []; [used] <- user <- [given]; } }
            unit Outer = {
              exports[ result : { run } ];
              link{
                [m, r] <- Inner <- [m];
                [result] <- user <- [m];
              }
            }
            """;
        var flat = Flatten(text, "Outer");
        CollectionAssert.AreEqual(new[] { "Outer_m_made", "Outer_m_used", "Outer_result" }, flat.Instances.Select(i => i.Name).ToArray());
        var innerUser = flat.FindInstance("Outer_m_used")!.FindImport("x")!.Members.Single();
        Assert.AreEqual("Outer_m_made", flat.Instances[innerUser.Supplier.Instance].Name);
        // given (Inner) -> m (Outer) -> made (Inner)
        CollectionAssert.AreEqual(new[] { "Inner.given", "Outer.m", "Inner.made" },
            innerUser.Route.Steps.Select(s => s.Compound + "." + s.Name).ToArray());
    }

    [TestMethod]
    public void Unions_supply_each_member_from_its_own_part()
    {
        const string text = """
            unit a = { exports[ x : { open } ]; }
            unit b = { exports[ y : { close } ]; }
            unit user = { imports[ all : { open, close } ]; exports[ main : { run } ]; }
            unit top = { exports[ main : { run } ]; link{ [x] <- a <- []; [y] <- b <- []; all = x + y; [main] <- user <- [all]; } }
            """;
        var flat = Flatten(text, "top");
        var members = flat.FindInstance("top_main")!.FindImport("all")!.Members;
        Assert.AreEqual("a", flat.Instances[members.Single(m => m.Member == "open").Supplier.Instance].Unit.Name);
        Assert.AreEqual("b", flat.Instances[members.Single(m => m.Member == "close").Supplier.Instance].Unit.Name);
    }

    [TestMethod]
    public void Two_instances_of_one_unit_are_distinct_and_cycles_are_fine()
    {
        const string text = """
            unit pinger = { imports[ pong : { pong } ]; exports[ ping : { ping } ]; }
            unit ponger = { imports[ ping : { ping } ]; exports[ pong : { pong } ]; }
            unit Game = { exports[ a : { ping }, b : { ping } ]; link{ [a] <- pinger <- [p]; [p] <- ponger <- [a]; [b] <- pinger <- [p]; } }
            """;
        var flat = Flatten(text, "Game");
        var first = flat.FindInstance("Game_a")!;
        var second = flat.FindInstance("Game_b")!;
        Assert.AreNotEqual(first.Id, second.Id);
        Assert.AreSame(first.Unit, second.Unit);
        var ponger = flat.FindInstance("Game_p")!;
        Assert.AreEqual(first.Id, ponger.FindImport("ping")!.Members.Single().Supplier.Instance);
    }

    [TestMethod]
    public void A_ten_thousand_deep_hierarchy_flattens_without_recursion()
    {
        var lines = new List<string> { "bundletype T = { f }", "unit leaf = { imports[ i : T ]; exports[ o : T ]; }" };
        const int depth = 10_000;
        lines.Add($"unit C{depth} = {{ imports[ i : T ]; exports[ o : T ]; link{{ [o] <- leaf <- [i]; }} }}");
        for (var d = depth - 1; d >= 1; d--)
        {
            lines.Add($"unit C{d} = {{ imports[ i : T ]; exports[ o : T ]; link{{ [o] <- C{d + 1} <- [i]; }} }}");
        }
        lines.Add("unit source = { exports[ o : T ]; }");
        lines.Add("unit Top = { exports[ o : T ]; link{ [s] <- source <- []; [o] <- C1 <- [s]; } }");
        var flat = Flatten(string.Join("\n", lines), "Top");
        Assert.AreEqual(2, flat.Instances.Count);
        var leaf = flat.Instances.Single(i => i.Unit.Name == "leaf");
        Assert.AreEqual("source", flat.Instances[leaf.FindImport("i")!.Members.Single().Supplier.Instance].Unit.Name);
        Assert.AreEqual(depth + 1, leaf.FindImport("i")!.Members.Single().Route.Steps.Count());
    }
}
