using Units.Compiler.Binding;
using Units.Compiler.Flattening;
using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Flattening;

/// <summary>
/// What a composition expands to, counted without expanding it, must be what flattening makes:
/// the instances, and the characters of their Knit names (which emission writes).
/// </summary>
[TestClass]
public sealed class CompositionSizeTests
{
    [TestMethod]
    public void Counts_agree_with_flattening_on_random_hierarchies()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 60; trial++)
        {
            var text = RandomHierarchy(random);
            var compilation = TestCompiler.Compile(("random.unit", text));
            var sizes = new CompositionSize(compilation.RecursiveUnits);
            foreach (var compound in compilation.Program.Units.OfType<CompoundUnitSymbol>())
            {
                var flat = compilation.Flatten(compound);
                Assert.AreEqual(flat.Instances.Count + flat.Compounds.Count, sizes.Of(compound), text);
                Assert.AreEqual(flat.Instances.Sum(i => (long)i.Name.Length), sizes.NameCharacters(compound), text);
            }
        }
    }

    /// <summary>Levels of compounds, each holding one to three instances of lower levels or atoms, under names of any length.</summary>
    private static string RandomHierarchy(Random random)
    {
        var text = new System.Text.StringBuilder("bundletype A_T = { f }\nunit atom = { exports[ a : A_T ]; }\n");
        var levels = 1 + random.Next(5);
        for (var level = 0; level < levels; level++)
        {
            var links = string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(i =>
            {
                var below = level == 0 || random.Next(3) == 0 ? "atom" : $"L{random.Next(level)}";
                var name = (i == 0 ? "a" : "n" + i) + new string('x', random.Next(12));
                return $"[{name}] <- {below} <- []; ";
            }));
            text.Append($"unit L{level} = {{ exports[ a : A_T ]; link{{ {links}}} }}\n");
        }
        return text.ToString();
    }
}
