using Units.Compiler;
using Units.Compiler.Loading;
namespace Units.Std.Tests;

/// <summary>The design rules the standard library's units state, checked against compositions that break them.</summary>
[TestClass]
public sealed class RuleTests
{
    /// <summary>An interrupt handler (bottom half) that calls the lock and the log it imports.</summary>
    private const string Handler = """
        include "Units.Stdlib:locks.unit"
        include "Units.Stdlib:console.unit"
        include "Units.Stdlib:queues.unit"
        unit bottom_half = {
          imports[ lock : Lock_T, log : Log_T ];
          exports[ irq : { void Interrupt() } ];
          constraints{ context imports >= NoContext; };
        }
        unit lock_free_bottom_half = {
          imports[ queue : Queue_T, log : Log_T ];
          exports[ irq : { void Interrupt() } ];
          constraints{ context imports >= NoContext; locking imports >= LockFree; };
        }
        """;

    [TestMethod]
    public void A_spin_lock_and_a_memory_log_are_safe_in_interrupt_context()
    {
        var diagnostics = UnitChecks.Check(Handler + """
            unit Irq = { exports[ irq : { void Interrupt() } ];
              link{ [b] <- spin_backoff <- []; [lock] <- spin_lock <- [b]; [log, lines] <- memory_log <- []; [irq] <- bottom_half <- [lock, log]; } }
            """);
        Assert.AreEqual(0, diagnostics.Count, string.Join("\n", diagnostics));
    }

    [TestMethod]
    public void A_mutex_is_not()
    {
        var error = UnitChecks.SingleError(Handler + """
            unit Irq = { exports[ irq : { void Interrupt() } ];
              link{ [lock] <- mutex <- []; [log, lines] <- memory_log <- []; [irq] <- bottom_half <- [lock, log]; } }
            """, "UNIT0603");
        StringAssert.Contains(error.Message, "import 'lock.Acquire' of Irq_irq (bottom_half) must be >= NoContext but is ProcessContext");
    }

    [TestMethod]
    public void Nor_is_a_console_that_may_block()
    {
        var error = UnitChecks.SingleError(Handler + """
            unit Irq = { exports[ irq : { void Interrupt() } ];
              link{ [b] <- spin_backoff <- []; [lock] <- spin_lock <- [b]; [c] <- system_console <- []; [clock] <- system_clock <- [];
                    [log] <- console_log <- [c, clock]; [irq] <- bottom_half <- [lock, log]; } }
            """, "UNIT0603");
        Assert.IsTrue(error.Notes.Any(n => n.Message.Contains("system_console requires 'context exports <= ProcessContext'", StringComparison.Ordinal)), "through the adapter to the console");
    }

    [TestMethod]
    public void A_lock_free_handler_may_use_a_lock_free_queue_but_not_a_locked_one()
    {
        Assert.AreEqual(0, UnitChecks.Check(Handler + """
            unit Irq = { exports[ irq : { void Interrupt() } ];
              link{ [q] <- concurrent_queue <- []; [log, lines] <- memory_log <- []; [irq] <- lock_free_bottom_half <- [q, log]; } }
            """).Count);
        var error = UnitChecks.SingleError(Handler + """
            unit Irq = { exports[ irq : { void Interrupt() } ];
              link{ [raw] <- fifo_queue <- []; [b] <- spin_backoff <- []; [lock] <- spin_lock <- [b]; [q] <- locked_queue <- [raw, lock];
                    [log, lines] <- memory_log <- []; [irq] <- lock_free_bottom_half <- [q, log]; } }
            """, "UNIT0603");
        StringAssert.Contains(error.Message, "'locking' rule violated");
        StringAssert.Contains(error.Message, "must be >= LockFree but is TakesLock");
    }

    [TestMethod]
    public void A_queue_locked_with_the_null_lock_stays_unsafe_for_threads()
    {
        var error = UnitChecks.SingleError("""
            include "stdlib:patterns/decorator.unit"
            unit Pretend = { exports[ producer : Producer_T ];
              link{ [raw] <- fifo_queue <- []; [lock] <- null_lock <- []; [q] <- locked_queue <- [raw, lock]; [producer] <- parallel_producer <- [q]; } }
            """, "UNIT0603");
        StringAssert.Contains(error.Message, "must be >= Safe but is Unsafe");
        Assert.IsTrue(error.Notes.Any(n => n.Message.Contains("null_lock requires 'threadsafe exports <= Unsafe'", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Only_Take_of_a_blocking_queue_blocks()
    {
        const string Queue = """
            include "Units.Stdlib:queues.unit"
            unit producer_irq = { imports[ queue : BlockingQueue_T ]; exports[ irq : { void Interrupt() } ]; constraints{ context {queue.Enqueue} >= NoContext }; }
            unit consumer_irq = { imports[ queue : BlockingQueue_T ]; exports[ irq : { void Interrupt() } ]; constraints{ context {queue.Take} >= NoContext }; }
            """;
        Assert.AreEqual(0, UnitChecks.Check(Queue + "unit Ok = { exports[ irq : { void Interrupt() } ]; link{ [q] <- blocking_queue <- []; [irq] <- producer_irq <- [q]; } }").Count);
        UnitChecks.SingleError(Queue + "unit Bad = { exports[ irq : { void Interrupt() } ]; link{ [q] <- blocking_queue <- []; [irq] <- consumer_irq <- [q]; } }", "UNIT0603");
    }

    [TestMethod]
    public void The_library_itself_checks_clean()
    {
        // As its own project checks it: every file a root, warnings and all.
        var units = Directory.GetFiles(UnitChecks.LibraryFolder, "*.unit").Order(StringComparer.Ordinal).ToArray();
        var own = UnitCompilation.Create(units, FileSystemSourceProvider.Instance, Variables.None).Check().Diagnostics;
        Assert.AreEqual(0, own.Count, string.Join("\n", own));
        // And the patterns, as a project that uses the library checks them.
        var patterns = Directory.GetFiles(Path.Combine(UnitChecks.RepositoryRoot, "stdlib-units", "patterns"), "*.unit").Order(StringComparer.Ordinal);
        var diagnostics = UnitChecks.Check(string.Concat(patterns.Select(u => $"include \"{u.Replace('\\', '/')}\"\n")));
        Assert.AreEqual(0, diagnostics.Count, string.Join("\n", diagnostics));
    }
}
