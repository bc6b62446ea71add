using Microsoft.CodeAnalysis;

namespace Units.Generator.Tests;

[TestClass]
public sealed class FeatureTests
{
    private static System.Reflection.Assembly Build(GeneratorHarness harness, params string[] allowedWarnings)
    {
        var result = harness.Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        var unexpected = result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && !allowedWarnings.Contains(d.Id)).ToList();
        Assert.AreEqual(0, unexpected.Count, string.Join("\n", unexpected));
        return result.Load();
    }

    [TestMethod]
    public void Two_exports_of_one_bundletype_are_nested_structs_of_their_own()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("two.unit", """
                namespace Demo;
                bundletype Name_T = { string Name() }
                unit pair = { exports[ left : Name_T, right : Name_T ]; }
                unit joiner = { imports[ a : Name_T, b : Name_T ]; exports[ joined : Name_T ]; }
                unit Top = { exports[ joined : Name_T ]; link{ [l, r] <- pair <- []; [joined] <- joiner <- [r, l]; } }
                """)
            .CSharp("Pair.cs", """
                namespace Demo;
                partial struct pair<TSelf>
                {
                    public partial struct Left { public static string Name() => "left"; }
                    public partial struct Right { public static string Name() => "right"; }
                }
                partial struct joiner<TSelf, TA, TB> { public static string Name() => TA.Name() + "+" + TB.Name(); }
                """));
        Assert.AreEqual("right+left", assembly.Call("Demo.Top+Joined", "Name"));
    }

    [TestMethod]
    public void Compatibility_is_structural_across_bundletypes_with_the_same_members()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                bundletype Writer_T = { string Write(string text) }
                bundletype Sink_T = { string Write(string text) }
                unit upper = { exports[ out : Writer_T ]; }
                unit app = { imports[ sink : Sink_T ]; exports[ main : { string Run() } ]; }
                unit Top = { exports[ main : { string Run() } ]; link{ [w] <- upper <- []; [main] <- app <- [w]; } }
                """)
            .CSharp("S.cs", """
                namespace Demo;
                partial struct upper<TSelf> { public static string Write(string text) => text.ToUpperInvariant(); }
                partial struct app<TSelf, TSink> { public static string Run() => TSink.Write("hello"); }
                """));
        Assert.AreEqual("HELLO", assembly.Call("Demo.Top+Main", "Run"));
    }

    [TestMethod]
    public void Instances_may_call_each_other_in_a_cycle()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("c.unit", """
                namespace Demo;
                bundletype Even_T = { bool IsEven(int n) }
                bundletype Odd_T = { bool IsOdd(int n) }
                unit even = { imports[ odd : Odd_T ]; exports[ even : Even_T ]; }
                unit odd = { imports[ even : Even_T ]; exports[ odd : Odd_T ]; }
                unit Parity = { exports[ even : Even_T ]; link{ [even] <- even <- [odd]; [odd] <- odd <- [even]; } }
                """)
            .CSharp("C.cs", """
                namespace Demo;
                partial struct even<TSelf, TOdd> { public static bool IsEven(int n) => n == 0 || TOdd.IsOdd(n - 1); }
                partial struct odd<TSelf, TEven> { public static bool IsOdd(int n) => n != 0 && TEven.IsEven(n - 1); }
                """));
        Assert.AreEqual(true, assembly.Call("Demo.Parity+Even", "IsEven", 10));
        Assert.AreEqual(false, assembly.Call("Demo.Parity+Even", "IsEven", 7));
    }

    [TestMethod]
    public void A_bundle_union_gathers_members_from_several_instances()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("u.unit", """
                namespace Demo;
                bundletype Open_T = { int Open() }
                bundletype Close_T = { int Close() }
                bundletype File_T = { extends Open_T, extends Close_T }
                unit opener = { exports[ o : Open_T ]; }
                unit closer = { exports[ c : Close_T ]; }
                unit user = { imports[ files : File_T ]; exports[ main : { int Run() } ]; }
                unit Top = { exports[ main : { int Run() } ]; link{ [o] <- opener <- []; [c] <- closer <- []; all = o + c; [main] <- user <- [all]; } }
                """)
            .CSharp("U.cs", """
                namespace Demo;
                partial struct opener<TSelf> { public static int Open() => 40; }
                partial struct closer<TSelf> { public static int Close() => 2; }
                partial struct user<TSelf, TFiles> { public static int Run() => TFiles.Open() + TFiles.Close(); }
                """));
        Assert.AreEqual(42, assembly.Call("Demo.Top+Main", "Run"));
    }

    [TestMethod]
    public void A_compound_with_imports_is_a_generic_facade_over_them()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("g.unit", """
                namespace Demo;
                bundletype Clock_T = { long Now() }
                unit stamp = { imports[ clock : Clock_T ]; exports[ stamp : { string Stamp(string text) } ]; }
                unit Logger = { imports[ clock : Clock_T ]; exports[ stamp : { string Stamp(string text) } ]; link{ [stamp] <- stamp <- [clock]; } }
                """)
            .CSharp("G.cs", """
                namespace Demo;
                partial struct stamp<TSelf, TClock> { public static string Stamp(string text) => TClock.Now() + ":" + text; }
                public struct FixedClock : Clock_T { public static long Now() => 1234; }
                public static class Use { public static string Run() => Logger<FixedClock>.StampExport.Stamp("hi"); }
                """), "UNIT0806");
        Assert.AreEqual("1234:hi", assembly.Call("Demo.Use", "Run"));
    }

    [TestMethod]
    public void Inline_units_and_inline_implementations_are_code_in_the_unit_files()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("i.unit", """
                namespace Demo;
                bundletype Number_T = { int Value() }
                unit seven = { exports[ n : Number_T ]; %{ public static int Value() => 7; %} }
                unit Top = {
                  exports[ doubled : Number_T ];
                  link{
                    [seven] <- seven <- [];
                    [doubled] <- %{ public static int Value() => 2 * seven.Value(); %} <- [seven];
                  }
                }
                """));
        Assert.AreEqual(14, assembly.Call("Demo.Top+Doubled", "Value"));
    }

    [TestMethod]
    public void Export_renames_work_and_import_renames_are_explained()
    {
        var harness = new GeneratorHarness()
            .Unit("r.unit", """
                namespace Demo;
                bundletype Value_T = { int Get() }
                unit source = { exports[ v : Value_T ]; rename{ v.Get to Produce }; }
                unit user = { imports[ v : Value_T ]; exports[ out : Value_T ]; rename{ v with prefix in_ }; }
                unit Top = { exports[ out : Value_T ]; link{ [v] <- source <- []; [out] <- user <- [v]; } }
                """)
            .CSharp("R.cs", """
                namespace Demo;
                partial struct source<TSelf> { public static int Produce() => 5; }
                partial struct user<TSelf, TV> { public static int Get() => TV.Get() + 1; }
                """);
        var result = harness.Run();
        Assert.AreEqual(6, result.Load().Call("Demo.Top+Out", "Get"));
        var warning = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0807");
        StringAssert.Contains(warning.GetMessage(), "renaming members of import 'v' has no effect in C#");
    }

    [TestMethod]
    public void Extends_becomes_interface_inheritance()
    {
        var result = new GeneratorHarness()
            .Unit("e.unit", """
                namespace Demo;
                bundletype PutChar_T = { void PutChar(char c) }
                bundletype Console_T = { extends PutChar_T, int GetChar() }
                """).Run();
        var text = result.GeneratedText("Units.Interface.Demo.Console_T.g.cs");
        StringAssert.Contains(text, "public interface Console_T : global::Demo.PutChar_T");
        Assert.IsFalse(text.Contains("static abstract void PutChar(char c)"), "inherited members are not repeated");
        // The object form inherits too; its adapter forwards every member, inherited ones included.
        StringAssert.Contains(text, "public new interface Service : global::Demo.PutChar_T.Service");
        StringAssert.Contains(text, "public void PutChar(char c) => TExport.PutChar(c);");
    }

    [TestMethod]
    public void An_export_becomes_an_object_through_its_bundletypes_adapter()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("a.unit", """
                namespace Demo;
                bundletype Name_T = { string Name(), void Rename(ref string name, out int length) }
                bundletype Greeter_T = { extends Name_T, string Greet(string who) }
                unit greeter = { exports[ g : Greeter_T ]; }
                unit Top = { exports[ g : Greeter_T ]; link{ [g] <- greeter <- []; } }
                """)
            .CSharp("Greeter.cs", """
                namespace Demo;
                partial struct greeter<TSelf>
                {
                    public static string Name() => "greeter";
                    public static void Rename(ref string name, out int length) { name = name.ToUpperInvariant(); length = name.Length; }
                    public static string Greet(string who) => "hello " + who;
                }
                public static class UseAsObject
                {
                    public static string Run()
                    {
                        Greeter_T.Service service = new Greeter_T.Adapter<Top.G>();
                        Name_T.Service names = service;
                        var name = "x";
                        names.Rename(ref name, out var length);
                        return service.Greet(names.Name()) + " " + name + length;
                    }
                }
                """));
        Assert.AreEqual("hello greeter X1", assembly.Call("Demo.UseAsObject", "Run"));
    }

    [TestMethod]
    public void Initialize_and_Shutdown_follow_the_schedule()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("o.unit", """
                namespace Demo;
                bundletype Log_T = { void Write(string s) }
                bundletype Fs_T = { void Open() }
                unit log = { exports[ log : Log_T ]; initializer Start for log; finalizer Stop for log; }
                unit fs = { imports[ log : Log_T ]; exports[ fs : Fs_T ]; initializer Mount for fs; finalizer Unmount for fs;
                            depends{ exports + inits + finis needs imports }; }
                unit Top = { exports[ fs : Fs_T ]; link{ [fs] <- fs <- [l]; [l] <- log <- []; } }
                """)
            .CSharp("O.cs", """
                namespace Demo;
                public static class Trace { public static System.Collections.Generic.List<string> Calls { get; } = new(); }
                partial struct log<TSelf>
                {
                    public static void Write(string s) => Trace.Calls.Add("write " + s);
                    static void Start() => Trace.Calls.Add("log start");
                    static void Stop() => Trace.Calls.Add("log stop");
                }
                partial struct fs<TSelf, TLog>
                {
                    public static void Open() => TLog.Write("open");
                    static void Mount() => TLog.Write("mount");
                    static void Unmount() => TLog.Write("unmount");
                }
                """));
        assembly.Call("Demo.Top", "Initialize");
        assembly.Call("Demo.Top", "Initialize"); // a second call does nothing
        assembly.Call("Demo.Top+Fs", "Open");
        assembly.Call("Demo.Top", "Shutdown");
        var calls = (System.Collections.Generic.List<string>)assembly.Call("Demo.Trace", "get_Calls")!;
        CollectionAssert.AreEqual(new[] { "log start", "write mount", "write open", "write unmount", "log stop" }, calls);
    }

    [TestMethod]
    public void A_failed_initialize_finalizes_what_it_initialized_and_can_be_retried()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("o.unit", """
                namespace Demo;
                bundletype Log_T = { void Write(string s) }
                bundletype Fs_T = { void Open() }
                bundletype Image_T = { void Touch() }
                unit image = { exports[ image : Image_T ]; finalizer Close for image; }
                unit log = { exports[ log : Log_T ]; initializer Start for log; finalizer Stop for log; }
                unit fs = { imports[ log : Log_T, image : Image_T ]; exports[ fs : Fs_T ]; initializer Mount for fs; finalizer Unmount for fs;
                            depends{ exports + inits + finis needs imports }; }
                unit Top = { exports[ fs : Fs_T ]; link{ [fs] <- fs <- [l, i]; [l] <- log <- []; [i] <- image <- []; } }
                """)
            .CSharp("O.cs", """
                namespace Demo;
                public static class Trace
                {
                    public static System.Collections.Generic.List<string> Calls { get; } = new();
                    public static bool FailMount { get; set; } = true;
                }
                partial struct image<TSelf>
                {
                    public static void Touch() { }
                    static void Close() => Trace.Calls.Add("image close");
                }
                partial struct log<TSelf>
                {
                    public static void Write(string s) => Trace.Calls.Add("write " + s);
                    static void Start() => Trace.Calls.Add("log start");
                    static void Stop() => Trace.Calls.Add("log stop");
                }
                partial struct fs<TSelf, TLog, TImage>
                {
                    public static void Open() => TLog.Write("open");
                    static void Mount()
                    {
                        if (Trace.FailMount) throw new System.IO.IOException("no filesystem");
                        TLog.Write("mount");
                    }
                    static void Unmount() => TLog.Write("unmount");
                }
                """));
        var failure = Assert.ThrowsExactly<System.Reflection.TargetInvocationException>(() => assembly.Call("Demo.Top", "Initialize"));
        Assert.IsInstanceOfType<System.IO.IOException>(failure.InnerException, "the initializer's own exception propagates");
        Assert.AreEqual(false, assembly.Call("Demo.Top", "get_IsInitialized"));
        var calls = (System.Collections.Generic.List<string>)assembly.Call("Demo.Trace", "get_Calls")!;
        CollectionAssert.AreEqual(new[] { "log start", "log stop", "image close" }, calls,
            "the log was started, so it is stopped; the image has no initializer, so it is closed; fs never mounted, so it is not unmounted");

        calls.Clear();
        assembly.Call("Demo.Trace", "set_FailMount", false);
        assembly.Call("Demo.Top", "Initialize");
        Assert.AreEqual(true, assembly.Call("Demo.Top", "get_IsInitialized"));
        CollectionAssert.AreEqual(new[] { "log start", "write mount" }, calls);
    }

    [TestMethod]
    public void Code_that_cannot_be_copied_is_forwarded_and_still_works()
    {
        var result = new GeneratorHarness()
            .Unit("f.unit", """
                namespace Demo;
                unit counter = { exports[ c : { int Next() } ]; }
                unit Top = { exports[ a : { int Next() }, b : { int Next() } ]; link{ [a] <- counter <- []; [b] <- counter <- []; } }
                """)
            .CSharp("F.cs", """
                namespace Demo;
                file static class Start { public const int Value = 100; }
                partial struct counter<TSelf> { static int s_n = Start.Value; public static int Next() => ++s_n; }
                """).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        var info = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0805");
        StringAssert.Contains(info.GetMessage(), "file-local type 'Start'");
        var assembly = result.Load();
        Assert.AreEqual(101, assembly.Call("Demo.Top+A", "Next"));
        Assert.AreEqual(102, assembly.Call("Demo.Top+A", "Next"));
        Assert.AreEqual(101, assembly.Call("Demo.Top+B", "Next"), "each instance keeps its own state, forwarded or copied");
    }

    [TestMethod]
    public void Units_with_the_same_ports_may_share_one_implementation()
    {
        // The same code described twice, once with a design rule: one generated half for both.
        var assembly = Build(new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                type ProcessContext <= NoContext
                type NoContext
                property context
                bundletype Text_T = { string Get() }
                unit words = { exports[ text : Text_T ]; implementation Demo.Words; }
                unit blocking_words = { exports[ text : Text_T ]; constraints{ context exports <= ProcessContext }; implementation Demo.Words; }
                unit Top = { exports[ a : Text_T, b : Text_T ]; link{ [a] <- words <- []; [b] <- blocking_words <- []; } }
                """)
            .CSharp("W.cs", """
                namespace Demo;
                partial struct Words<TSelf> { public static string Get() => "words"; }
                """));
        Assert.AreEqual("words", assembly.Call("Demo.Top+A", "Get"));
        Assert.AreEqual("words", assembly.Call("Demo.Top+B", "Get"));
    }

    [TestMethod]
    public void Units_with_different_ports_cannot_share_an_implementation()
    {
        var result = new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                bundletype Text_T = { string Get() }
                unit words = { exports[ text : Text_T ]; implementation Demo.Words; }
                unit echo = { imports[ inner : Text_T ]; exports[ text : Text_T ];
                  implementation Demo.Words; }
                """)
            .CSharp("W.cs", """
                namespace Demo;
                partial struct Words<TSelf> { public static string Get() => "words"; }
                """).Run();
        var error = result.GeneratorDiagnostics.Single(d => d.Id == "UNIT0808");
        StringAssert.Contains(error.GetMessage(), "unit 'echo' names the implementation 'Demo.Words', which unit 'words' also uses, but their ports differ");
        Assert.AreEqual(4, error.Location.GetLineSpan().StartLinePosition.Line, "at echo's implementation clause");
        Assert.IsFalse(result.GeneratorDiagnostics.Any(d => d.Id is "CS8785" or "UNIT0899"), result.Describe());
    }

    [TestMethod]
    public void Names_that_differ_only_in_case_get_separate_files()
    {
        var result = new GeneratorHarness()
            .Unit("s.unit", """
                namespace Demo;
                bundletype Text_T = { string Get() }
                unit disk = { exports[ text : Text_T ]; }
                unit Disk = { exports[ text : Text_T ]; }
                """)
            .CSharp("W.cs", """
                namespace Demo;
                partial struct disk<TSelf> { public static string Get() => "lower"; }
                partial struct Disk<TSelf> { public static string Get() => "upper"; }
                """).Run();
        Assert.AreEqual(0, result.Errors.Count(), result.Describe());
        var hints = result.HintNames.ToList();
        CollectionAssert.Contains(hints, "Units.Unit.Demo.disk.g.cs");
        CollectionAssert.Contains(hints, "Units.Unit.Demo.Disk.2.g.cs");
    }

    [TestMethod]
    public void Initializers_may_be_functions_of_imports_and_compounds_may_have_their_own()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("k.unit", """
                namespace Demo;
                bundletype Clock_T = { void Start(), long Now() }
                bundletype Log_T = { void Write(string text), string Text() }
                unit clock = { exports[ clock : Clock_T ]; }
                unit log = { imports[ clock : Clock_T ]; exports[ log : Log_T ]; initializer clock.Start for log; depends{ exports + inits needs imports }; }
                unit Kernel = {
                  exports[ log : Log_T ];
                  finalizer log.Text for log;
                  link{ [clock] <- clock <- []; [log] <- log <- [clock]; }
                }
                """)
            .CSharp("K.cs", """
                namespace Demo;
                partial struct clock<TSelf> { static long s_now; public static void Start() => s_now = 42; public static long Now() => s_now; }
                partial struct log<TSelf, TClock>
                {
                    static string s_text = "";
                    public static void Write(string text) => s_text += $"{TClock.Now()}:{text};";
                    public static string Text() => s_text += "closed;";
                }
                """));
        assembly.Call("Demo.Kernel", "Initialize");
        assembly.Call("Demo.Kernel+Log", "Write", "hi");
        Assert.AreEqual("42:hi;", assembly.Call("Demo.Kernel+Log", "Text")?.ToString()?.Replace("closed;", ""));
        assembly.Call("Demo.Kernel", "Shutdown");
        var initializers = (string[])assembly.GetType("Demo.Kernel+Manifest")!.GetField("Initializers")!.GetValue(null)!;
        CollectionAssert.AreEqual(new[] { "Kernel_log.clock.Start" }, initializers);
        var finalizers = (string[])assembly.GetType("Demo.Kernel+Manifest")!.GetField("Finalizers")!.GetValue(null)!;
        CollectionAssert.AreEqual(new[] { "Kernel.log.Text" }, finalizers);
    }

    [TestMethod]
    public void A_bundle_argument_renames_members_on_the_way_to_its_import()
    {
        var assembly = Build(new GeneratorHarness()
            .Unit("n.unit", """
                namespace Demo;
                bundletype NetIO_T = { int Input(), int Output() }
                bundletype Flags_T = { int Receive() }
                unit nic = { exports[ net : NetIO_T ]; }
                unit sender = { imports[ flags : Flags_T ]; exports[ send : { int Send() } ]; depends{ exports needs imports }; }
                unit Net = { exports[ send : { int Send() } ]; link{ [net] <- nic <- []; [send] <- sender <- [{ Receive = net.Input }]; } }
                """)
            .CSharp("N.cs", """
                namespace Demo;
                partial struct nic<TSelf> { public static int Input() => 7; public static int Output() => 8; }
                partial struct sender<TSelf, TFlags> { public static int Send() => TFlags.Receive() * 10; }
                """), "UNIT0806");
        Assert.AreEqual(70, assembly.Call("Demo.Net+SendExport", "Send"));
    }
}
