namespace OSKit.Tests;

/// <summary>
/// The two disk strategies, called through the instances the generator made for the composed
/// systems (the same code the systems run), and both systems end to end.
/// </summary>
[TestClass]
public sealed class StrategyTests
{
    private sealed class NoSleep : SleepRecord;

    private static BlockOp Op(long sector) => new(sector, 1, isWrite: false, new byte[BlockOp.SectorSize], new NoSleep(), 0);

    private static List<long> Drain<TStrategy>(long head) where TStrategy : struct, DiskStrategy_T
    {
        var order = new List<long>();
        while (TStrategy.Next(head) is { } op)
        {
            order.Add(op.Sector);
            head = op.Sector + op.Count;
        }
        return order;
    }

    [TestMethod]
    public void Simple_serves_requests_in_arrival_order()
    {
        foreach (var sector in new long[] { 500, 100, 900, 300 }) IdeMachine.Instance_strategy.Add(Op(sector));
        Assert.AreEqual(4, IdeMachine.Instance_strategy.Count());
        CollectionAssert.AreEqual(new long[] { 500, 100, 900, 300 }, Drain<IdeMachine.Instance_strategy>(head: 400));
        Assert.AreEqual(0, IdeMachine.Instance_strategy.Count());
    }

    [TestMethod]
    public void Elevator_sweeps_up_from_the_head_then_turns()
    {
        foreach (var sector in new long[] { 500, 100, 900, 300, 450, 450 }) IdeMachineElevator.Instance_strategy.Add(Op(sector));
        CollectionAssert.AreEqual(new long[] { 450, 500, 900, 450, 300, 100 }, Drain<IdeMachineElevator.Instance_strategy>(head: 400),
            "up from 400 to the top, then down; the second request at 450 is behind the head once the first is served");
        StringAssert.Contains(IdeMachineElevator.Instance_strategy.Describe(), "SCAN");
    }

    [TestMethod]
    public void Elevator_keeps_its_direction_while_requests_arrive()
    {
        IdeMachineElevator.Instance_strategy.Add(Op(600));
        Assert.AreEqual(600, IdeMachineElevator.Instance_strategy.Next(500)!.Sector);
        IdeMachineElevator.Instance_strategy.Add(Op(550)); // behind the head now
        IdeMachineElevator.Instance_strategy.Add(Op(700));
        CollectionAssert.AreEqual(new long[] { 700, 550 }, Drain<IdeMachineElevator.Instance_strategy>(head: 601));
        Assert.IsNull(IdeMachineElevator.Instance_strategy.Next(0));
    }
}
