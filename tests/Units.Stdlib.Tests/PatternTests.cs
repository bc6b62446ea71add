using Units.Std.Patterns;

namespace Units.Std.Tests;

/// <summary>The thirteen design patterns of stdlib-units/patterns, each composed and run.</summary>
[TestClass]
public sealed class PatternTests
{
    [TestMethod]
    public void Abstract_factory_gives_the_client_one_family_of_products()
    {
        AnsiBanner.Initialize();
        PlainBanner.Initialize();
        Assert.AreEqual("\u001b[7m \u001b[1mDisks\u001b[0m \u001b[0m \u001b[3mthree found\u001b[0m", AnsiBanner.Banner.Show("Disks", "three found"));
        Assert.AreEqual("[ DISKS ] *three found*", PlainBanner.Banner.Show("Disks", "three found"));
    }

    [TestMethod]
    public void Abstract_factory_rejects_mixed_families()
    {
        var error = UnitChecks.SingleError("""
            include "stdlib:patterns/abstract-factory.unit"
            unit MixedBanner = {
              exports[ banner : Banner_T ];
              link{ [style] <- ansi_style <- []; [frame] <- plain_frame <- []; [banner] <- banner <- [style, frame]; }
            }
            """, "UNIT0604");
        StringAssert.Contains(error.Message, "'family' of import");
        StringAssert.Contains(error.Message, "is bounded by both");
        Assert.IsTrue(error.Notes.Any(n => n.Message.Contains("ansi_style requires 'family exports <= Ansi'", StringComparison.Ordinal)));
        Assert.IsTrue(error.Notes.Any(n => n.Message.Contains("plain_frame requires 'family exports <= Plain'", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Adapter_makes_a_console_serve_as_a_log()
    {
        LogOnConsole.Initialize();
        LogOnConsole.Text.Clear();
        LogOnConsole.Time.Set(TimeSpan.FromSeconds(2).Ticks);
        LogOnConsole.Journal.Log("adapted");
        CollectionAssert.AreEqual(new[] { "[  2.000000] adapted" }, LogOnConsole.Text.Lines());
    }

    [TestMethod]
    public void Bridge_joins_any_report_to_any_renderer()
    {
        SummaryAsText.Initialize();
        DetailAsMarkdown.Initialize();
        string[] items = ["ide0", "fd0"];
        Assert.AreEqual("Devices\n=======\n  - 2 items", SummaryAsText.Report.Render("Devices", items));
        Assert.AreEqual("# Devices\n* ide0\n* fd0", DetailAsMarkdown.Report.Render("Devices", items));
    }

    [TestMethod]
    public void Chain_of_responsibility_passes_a_request_along_until_one_handler_answers()
    {
        RequestChain.Initialize();
        Assert.AreEqual("blank", RequestChain.Handler.Handle("  "));
        Assert.AreEqual("number 42", RequestChain.Handler.Handle("42"));
        Assert.AreEqual("greeting", RequestChain.Handler.Handle("Hello"));
        Assert.AreEqual("unknown 'fsck'", RequestChain.Handler.Handle("fsck"));
        CollectionAssert.AreEqual(new[] { "RequestChain_handler", "RequestChain_numbers", "RequestChain_greeting", "RequestChain_rest" },
            RequestChain.Manifest.Instances.Select(i => i.Instance).ToArray());
    }

    [TestMethod]
    public void Command_objects_are_queued_run_later_and_undone()
    {
        Calculator.Shutdown();
        Calculator.Initialize();
        Calculator.Invoker.Submit(Calculator.Commands.Add(5));
        Calculator.Invoker.Submit(Calculator.Commands.Double());
        Assert.AreEqual(0, Calculator.Counter.Value(), "queued, not run");
        Assert.AreEqual(2, Calculator.Invoker.RunPending());
        Assert.AreEqual(10, Calculator.Counter.Value());
        Assert.IsTrue(Calculator.Invoker.UndoLast());
        Assert.AreEqual(5, Calculator.Counter.Value());
        Assert.IsTrue(Calculator.Invoker.UndoLast());
        Assert.AreEqual(0, Calculator.Counter.Value());
        Assert.IsFalse(Calculator.Invoker.UndoLast());
    }

    [TestMethod]
    public void Composite_builds_a_tree_of_instances_of_one_unit()
    {
        Project.Initialize();
        Assert.AreEqual(9, Project.Task.Cost());
        Assert.AreEqual("((small + large) + small)", Project.Task.Describe());
        Assert.AreEqual(2, Project.Manifest.Instances.Count(i => i.Unit == "pair"), "two pairs, each its own instance");
    }

    [TestMethod]
    public void Decorator_makes_a_queue_safe_for_threads()
    {
        SharedQueue.Initialize();
        Assert.AreEqual(40_000, SharedQueue.Producer.Produce(threads: 4, itemsPerThread: 10_000));
        CollectionAssert.Contains(SharedQueue.Manifest.Links, "SharedQueue_queue.inner <- SharedQueue_raw.queue");
    }

    [TestMethod]
    public void Decorator_is_required_by_the_rules_for_threaded_producers()
    {
        var error = UnitChecks.SingleError("""
            include "stdlib:patterns/decorator.unit"
            unit UnsafeQueue = {
              exports[ producer : Producer_T ];
              link{ [raw] <- fifo_queue <- []; [producer] <- parallel_producer <- [raw]; }
            }
            """, "UNIT0603");
        StringAssert.Contains(error.Message, "'threadsafe' rule violated in UnsafeQueue");
        StringAssert.Contains(error.Message, "must be >= Safe but is Unsafe");
    }

    [TestMethod]
    public void Facade_offers_one_interface_over_several_units()
    {
        Diagnostics.Initialize();
        Diagnostics.Text.Clear();
        Diagnostics.Journal.Log("through the facade");
        StringAssert.EndsWith(Diagnostics.Text.Lines().Single(), "] through the facade");
        Assert.AreEqual(3, Diagnostics.Manifest.Instances.Length, "clock, console and adapter behind it");
    }

    [TestMethod]
    public void Observer_notifies_static_and_run_time_listeners_of_changes_only()
    {
        WeatherStation.Initialize();
        WeatherStation.History.Clear();
        var seen = new List<object?>();
        using (WeatherStation.Subscriptions.Subscribe((_, payload) => seen.Add(payload)))
        {
            WeatherStation.Thermometer.Measure(20.5);
            WeatherStation.Thermometer.Measure(20.5);
            WeatherStation.Thermometer.Measure(21);
        }
        WeatherStation.Thermometer.Measure(22);
        CollectionAssert.AreEqual(new object[] { 20.5, 21.0 }, seen);
        CollectionAssert.AreEqual(new[] { "temperature: 20.5", "temperature: 21", "temperature: 22" }, WeatherStation.History.Lines());
    }

    [TestMethod]
    public void Proxies_cache_reads_and_refuse_writes()
    {
        Catalogue.Shutdown();
        Catalogue.Initialize();
        Catalogue.Direct.Put("disk", "ide0");
        Assert.AreEqual("ide0", Catalogue.Cached.Get("disk"));
        Assert.AreEqual("ide0", Catalogue.Cached.Get("disk"));
        Assert.AreEqual(1, Catalogue.Direct.Reads(), "the second read came from the cache");
        Assert.AreEqual("ide0", Catalogue.Readonly.Get("disk"));
        var refused = Assert.ThrowsExactly<InvalidOperationException>(() => Catalogue.Readonly.Put("disk", "fd0"));
        StringAssert.Contains(refused.Message, "read-only");
        Assert.AreEqual("ide0", Catalogue.Direct.Get("disk"));
    }

    [TestMethod]
    public void Singleton_gives_each_instance_one_run_time_object()
    {
        Settings.Shutdown();
        Assert.ThrowsExactly<InvalidOperationException>(() => Settings.User.Get("x"), "not created before Initialize");
        Settings.Initialize();
        Settings.User.Set("theme", "dark");
        Settings.Machine.Set("theme", "plain");
        Assert.AreEqual("dark", Settings.User.Get("theme"));
        Assert.AreEqual("plain", Settings.Machine.Get("theme"));
        Assert.AreNotEqual(Settings.User.Generation(), Settings.Machine.Generation(), "two instances, two objects");
        var generation = Settings.User.Generation();
        Assert.AreEqual(generation, Settings.User.Generation(), "and always the same one");
    }

    [TestMethod]
    public void Strategy_picks_how_the_lock_waits_without_changing_the_lock()
    {
        SpinningTally.Initialize();
        SleepingTally.Initialize();
        InterruptTally.Initialize();
        Assert.AreEqual(40_000, SpinningTally.Tally.Count(threads: 4, increments: 10_000));
        Assert.AreEqual(4_000, SleepingTally.Tally.Count(threads: 4, increments: 1_000));
        Assert.AreEqual(4_000, InterruptTally.Tally.Count(threads: 4, increments: 1_000));
    }

    [TestMethod]
    public void Strategy_choice_is_checked_by_the_rules()
    {
        var error = UnitChecks.SingleError("""
            include "stdlib:patterns/strategy.unit"
            unit SleepyInterrupt = {
              exports[ tally : Tally_T ];
              link{ [backoff] <- sleep_backoff <- []; [lock] <- spin_lock <- [backoff]; [tally] <- interrupt_tally <- [lock]; }
            }
            """, "UNIT0603");
        StringAssert.Contains(error.Message, "'context' rule violated in SleepyInterrupt");
        Assert.IsTrue(error.Notes.Any(n => n.Message.Contains("sleep_backoff requires 'context exports <= ProcessContext'", StringComparison.Ordinal)),
            "the explanation reaches the strategy that blocks");
    }

    [TestMethod]
    public void Template_method_fixes_the_algorithm_and_the_steps_fill_it_in()
    {
        SalesReport.Initialize();
        StockReport.Initialize();
        Assert.AreEqual("Sales\nnorth           120.50\nsouth            80.00\ntotal 200.50", SalesReport.Document.Render());
        Assert.AreEqual("Stock\ndisks            12.00\ntapes             3.00\nfloppies         40.00\n55 items", StockReport.Document.Render());
    }
}
