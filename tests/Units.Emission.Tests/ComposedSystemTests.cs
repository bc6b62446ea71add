namespace Emission;

[TestClass]
public sealed class ComposedSystemTests
{
    [TestMethod]
    public void Two_differently_wired_instances_of_one_unit_keep_separate_state()
    {
        Counters.Initialize();
        Assert.AreEqual(1_000_000 + 1000, Counters.Steady.Next());
        Assert.AreEqual(2_000_000 + 1000, Counters.Steady.Next());
        // the other counter starts from its own count, and reads its own (ticking) clock
        Assert.AreEqual(1_000_000 + 501, Counters.Moving.Next());
        Assert.AreEqual(2_000_000 + 502, Counters.Moving.Next());
        Assert.AreEqual(3_000_000 + 1000, Counters.Steady.Next());
    }

    [TestMethod]
    public void A_decorator_sits_between_the_store_and_its_users_and_the_lifecycle_follows_the_schedule()
    {
        Storage.Initialize();
        Storage.Store.Put("disk", "ide0");
        Assert.AreEqual("ide0", Storage.Store.Get("disk"));
        Assert.IsNull(Storage.Store.Get("missing"));
        Assert.AreEqual(2, Storage.Log.Count(), "opened, then one put");
        Storage.Shutdown();
        Assert.IsFalse(Storage.IsInitialized);
        CollectionAssert.AreEqual(new[] { "opened", "put disk", "closed" }, Storage.Log.Lines.ToArray());
    }

    [TestMethod]
    public void The_exports_implement_their_bundletype_interfaces()
    {
        static long ViaInterface<T>() where T : struct, Counter_T => T.Next();
        Counters.Initialize();
        Assert.IsTrue(ViaInterface<Counters.Steady>() > 0);
        Assert.IsTrue(typeof(Store_T).IsAssignableFrom(typeof(Storage.Store)));
    }

    [TestMethod]
    public void The_manifest_describes_the_composition_it_was_built_from()
    {
        Assert.AreEqual("Storage", Storage.Manifest.Name);
        CollectionAssert.AreEqual(new[] { ("Storage_log", "memory_log"), ("Storage_raw", "memory_store"), ("Storage_store", "logging_store") }, Storage.Manifest.Instances);
        CollectionAssert.AreEqual(new[] { "Storage_store.inner <- Storage_raw.store", "Storage_store.log <- Storage_log.log" }, Storage.Manifest.Links);
        CollectionAssert.AreEqual(new[] { "Storage_log.Open" }, Storage.Manifest.Initializers);
        CollectionAssert.AreEqual(new[] { "Storage_log.Close" }, Storage.Manifest.Finalizers);
        Assert.AreEqual(0, Storage.Manifest.RuleClauses, "no design rules in this sample");
    }
}
