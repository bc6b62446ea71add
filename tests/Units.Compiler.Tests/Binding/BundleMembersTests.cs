using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Binding;

/// <summary>
/// Bundletypes share member tables along <c>extends</c>: each must still see exactly its own
/// members, in order, whatever its siblings add to a table they started from.
/// </summary>
[TestClass]
public sealed class BundleMembersTests
{
    private static string[] Members(Units.Compiler.UnitCompilation compilation, string bundle) =>
        compilation.Program.BundleTypes[bundle].Members.Select(m => m.Name).ToArray();

    [TestMethod]
    public void Siblings_that_extend_one_base_keep_their_own_members()
    {
        var compilation = TestCompiler.Compile(("b.unit", """
            bundletype Base = { a, b }
            bundletype Left = { extends Base, l1, l2 }
            bundletype Right = { extends Base, r1 }
            bundletype LeftMore = { extends Left, x }
            bundletype Both = { extends Left, extends Right, z }
            bundletype Own = { o, extends Base }
            """));
        Assert.AreEqual(0, compilation.Check().Diagnostics.Count);
        CollectionAssert.AreEqual(new[] { "a", "b" }, Members(compilation, "Base"));
        CollectionAssert.AreEqual(new[] { "a", "b", "l1", "l2" }, Members(compilation, "Left"));
        CollectionAssert.AreEqual(new[] { "a", "b", "r1" }, Members(compilation, "Right"));
        CollectionAssert.AreEqual(new[] { "a", "b", "l1", "l2", "x" }, Members(compilation, "LeftMore"));
        CollectionAssert.AreEqual(new[] { "a", "b", "l1", "l2", "r1", "z" }, Members(compilation, "Both"));
        CollectionAssert.AreEqual(new[] { "o", "a", "b" }, Members(compilation, "Own"));
        var bundles = compilation.Program.BundleTypes;
        Assert.IsNull(bundles["Base"].FindMember("l1"), "a member a sibling added is not the base's");
        Assert.IsNull(bundles["Right"].FindMember("l1"));
        Assert.AreEqual(-1, bundles["Left"].IndexOf("r1"));
        Assert.AreEqual(4, bundles["Both"].IndexOf("r1"));
        CollectionAssert.AreEqual(new[] { "r1" }, bundles["Right"].OwnMembers.Select(m => m.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "z" }, bundles["Both"].OwnMembers.Select(m => m.Name).ToArray());
    }

    [TestMethod]
    public void Random_extends_graphs_give_the_members_a_naive_merge_gives()
    {
        var random = new Random(20261201);
        for (var trial = 0; trial < 200; trial++)
        {
            var count = random.Next(1, 12);
            var text = new System.Text.StringBuilder();
            var expected = new List<string>[count];
            for (var i = 0; i < count; i++)
            {
                var items = new List<string>();
                var parts = new List<string>();
                for (var k = random.Next(0, 5); k > 0; k--)
                {
                    if (i > 0 && random.Next(3) == 0)
                    {
                        var b = random.Next(i);
                        parts.Add($"extends B{b}");
                        items.AddRange(expected[b]);
                    }
                    else
                    {
                        var name = $"m{random.Next(8)}";
                        if (items.Contains(name)) continue; // a duplicate own member is an error, not a shape
                        parts.Add(name);
                        items.Add(name);
                    }
                }
                expected[i] = items.Distinct().ToList();
                text.AppendLine($"bundletype B{i} = {{ {string.Join(", ", parts)} }}");
            }
            var compilation = TestCompiler.Compile(("r.unit", text.ToString()));
            for (var i = 0; i < count; i++)
            {
                CollectionAssert.AreEqual(expected[i], Members(compilation, $"B{i}"), $"trial {trial}, B{i}:\n{text}");
                foreach (var name in expected[i]) Assert.IsNotNull(compilation.Program.BundleTypes[$"B{i}"].FindMember(name));
            }
        }
    }
}
