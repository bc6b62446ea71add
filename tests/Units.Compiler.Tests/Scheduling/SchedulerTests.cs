using Units.Compiler.Loading;
using Units.Compiler.Tests.Support;
using Units.Testing;

namespace Units.Compiler.Tests.Scheduling;

[TestClass]
public sealed class SchedulerTests
{
    [TestMethod]
    public void A_large_composition_schedules_every_call_after_what_it_needs()
    {
        var provider = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("s.unit", SyntheticComposition.Write(pipelines: 20, stagesPerPipeline: 30)) });
        var result = UnitCompilation.Create(new[] { "s.unit" }, provider, Variables.None).Check();
        Assert.AreEqual(0, result.Diagnostics.Count, TestCompiler.Format(result.Diagnostics));
        var schedule = result.Compositions.Single().Schedule;
        Assert.AreEqual(SyntheticComposition.InstanceCount(20, 30), schedule.Initializers.Count);
        var position = schedule.Initializers.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i);
        for (var p = 1; p <= 20; p++)
        {
            // stage k needs stage k-1 (its input) and the pipeline's control unit
            for (var s = 1; s < 30; s++)
            {
                Assert.IsTrue(position[$"System_p{p}_s{s - 1}.init"] < position[$"System_p{p}_s{s}.init"]);
                Assert.IsTrue(position[$"System_p{p}_c.init"] < position[$"System_p{p}_s{s}.init"]);
            }
            // each pipeline's first stage needs the previous pipeline's last stage
            var previous = p == 1 ? "System_p0.init" : $"System_p{p - 1}_s29.init";
            Assert.IsTrue(position[previous] < position[$"System_p{p}_s0.init"]);
        }
        // a stage's finalizer needs its control unit alive, so the control unit is finalized later
        var finalizer = schedule.Finalizers.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i);
        Assert.IsTrue(finalizer["System_p3_s5.fini"] < finalizer["System_p3_c.fini"]);
    }

    [TestMethod]
    public void Free_calls_keep_source_order()
    {
        var result = TestCompiler.Check("""
            unit a = { exports[ x : { f } ]; initializer a_init for x; }
            unit b = { exports[ x : { f } ]; initializer b_init for x; }
            unit c = { exports[ x : { f } ]; initializer c_init for x; }
            unit Top = { exports[ x : { f } ]; link{ [x] <- c <- []; [y] <- a <- []; [z] <- b <- []; } }
            """);
        CollectionAssert.AreEqual(new[] { "Top_x.c_init", "Top_y.a_init", "Top_z.b_init" },
            result.Compositions.Single().Schedule.Initializers.Select(c => c.Name).ToArray());
        Assert.AreEqual(0, result.Compositions.Single().Schedule.Finalizers.Count);
    }
}
