using Units.Compiler.Binding;
using Units.Compiler.Constraints;
using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Tests.Constraints;

[TestClass]
public sealed class TypeOrderTests
{
    private static TypeOrder Order(params (string Name, string[] Above)[] types)
    {
        var declarations = types.Select(t => new TypeDeclaration(t.Name,
            t.Above.Select(a => (a, SourceLocation.None)).ToEquatableArray(), SourceLocation.None, null)).ToList();
        var diagnostics = new DiagnosticBag();
        var order = TypeOrder.Build(declarations, diagnostics);
        Assert.AreEqual(0, diagnostics.Count);
        return order;
    }

    private static int Id(TypeOrder order, string name) => order.TryGetId(name, out var id) ? id : throw new AssertFailedException(name);

    [TestMethod]
    public void The_order_is_reflexive_and_transitive_and_top_is_above_everything()
    {
        var order = Order(("Low", new[] { "Mid" }), ("Mid", new[] { "High" }), ("High", Array.Empty<string>()));
        Assert.IsTrue(order.LessOrEqual(Id(order, "Low"), Id(order, "High")));
        Assert.IsTrue(order.LessOrEqual(Id(order, "Mid"), Id(order, "Mid")));
        Assert.IsFalse(order.LessOrEqual(Id(order, "High"), Id(order, "Low")));
        Assert.IsTrue(order.LessOrEqual(Id(order, "High"), TypeOrder.Top));
        Assert.IsFalse(order.LessOrEqual(TypeOrder.Top, Id(order, "High")));
    }

    [TestMethod]
    public void Greatest_lower_bounds_exist_in_a_diamond_and_not_between_unrelated_types()
    {
        var order = Order(("Bottom", new[] { "Left", "Right" }), ("Left", new[] { "Top" }), ("Right", new[] { "Top" }), ("Top", Array.Empty<string>()),
            ("Other", Array.Empty<string>()));
        Assert.AreEqual(Id(order, "Bottom"), order.GreatestLowerBound(Id(order, "Left"), Id(order, "Right")));
        Assert.AreEqual(Id(order, "Left"), order.GreatestLowerBound(Id(order, "Left"), Id(order, "Top")));
        Assert.AreEqual(Id(order, "Left"), order.GreatestLowerBound(Id(order, "Left"), TypeOrder.Top));
        Assert.IsNull(order.GreatestLowerBound(Id(order, "Left"), Id(order, "Other")));
    }

    [TestMethod]
    public void Two_equally_good_lower_bounds_mean_there_is_no_greatest_one()
    {
        // A and B are both below X and Y, and unrelated to each other.
        var order = Order(("A", new[] { "X", "Y" }), ("B", new[] { "X", "Y" }), ("X", Array.Empty<string>()), ("Y", Array.Empty<string>()));
        Assert.IsNull(order.GreatestLowerBound(Id(order, "X"), Id(order, "Y")));
    }

    [TestMethod]
    public void A_long_chain_closes_without_recursion()
    {
        var types = Enumerable.Range(0, 3000).Select(i => ($"T{i}", i + 1 < 3000 ? new[] { $"T{i + 1}" } : Array.Empty<string>())).ToArray();
        var order = Order(types);
        Assert.IsTrue(order.LessOrEqual(Id(order, "T0"), Id(order, "T2999")));
    }

    [TestMethod]
    public void Queries_agree_with_the_transitive_closure_on_random_orders()
    {
        // The order keeps no closure (it would be quadratic): compare it with one on many shapes.
        var random = new Random(20261201);
        for (var trial = 0; trial < 300; trial++)
        {
            var count = random.Next(1, 40);
            var density = random.NextDouble() * 0.3;
            // Edges go from a lower to a higher index (declared in a shuffled order), so the order has no cycle.
            var above = Enumerable.Range(0, count).Select(a => Enumerable.Range(a + 1, count - a - 1).Where(_ => random.NextDouble() < density).ToArray()).ToArray();
            var declared = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToList();
            var order = Order(declared.Select(a => ($"T{a}", above[a].Select(b => $"T{b}").ToArray())).ToArray());
            var closure = new bool[count, count];
            for (var a = count - 1; a >= 0; a--)
            {
                closure[a, a] = true;
                foreach (var b in above[a])
                {
                    for (var c = 0; c < count; c++) closure[a, c] |= closure[b, c];
                }
            }
            int Of(int a) => Id(order, $"T{a}");
            for (var a = 0; a < count; a++)
            {
                for (var b = 0; b < count; b++)
                {
                    Assert.AreEqual(closure[a, b], order.LessOrEqual(Of(a), Of(b)), $"trial {trial}: T{a} <= T{b}");
                    var lower = Enumerable.Range(0, count).Where(c => closure[c, a] && closure[c, b]).ToList();
                    var greatest = lower.Where(g => lower.All(c => closure[c, g])).ToList();
                    var expected = greatest.Count == 1 ? Of(greatest[0]) : (int?)null;
                    Assert.AreEqual(expected, order.GreatestLowerBound(Of(a), Of(b)), $"trial {trial}: glb(T{a}, T{b})");
                }
            }
        }
    }
}
