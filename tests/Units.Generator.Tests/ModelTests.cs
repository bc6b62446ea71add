using System.Reflection;
using Microsoft.CodeAnalysis;
using Units.Compiler.Emit;
using Units.Generator.Implementations;
using Units.Generator.Pipeline;

namespace Units.Generator.Tests;

[TestClass]
public sealed class ModelTests
{
    private static readonly Type[] s_models =
    {
        typeof(UnitFile), typeof(GeneratorOptions), typeof(EmitProgram), typeof(ImplementationPart), typeof(ImplementationInfo),
        typeof(FactQuery), typeof(CSharpFacts), typeof(EmissionPlan), typeof(EmitResult),
    };

    private static readonly Type[] s_forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SemanticModel), typeof(SyntaxTree) };

    /// <summary>Every type a pipeline model can hold, through properties, collections and generic arguments.</summary>
    private static IEnumerable<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(s_models);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type)) continue;
            yield return type;
            var next = type.IsGenericType ? type.GetGenericArguments() : Array.Empty<Type>();
            if (type.IsArray) next = new[] { type.GetElementType()! };
            // EquatableArray compares its array's items; walk into the items, not into its storage.
            var isEquatableArray = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Units.Compiler.EquatableArray<>);
            if (type.Namespace?.StartsWith("Units", StringComparison.Ordinal) == true && !isEquatableArray)
            {
                next = next.Concat(type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(p => p.PropertyType))
                    .Concat(type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(f => f.FieldType)).ToArray();
            }
            foreach (var t in next) queue.Enqueue(t);
        }
    }

    [TestMethod]
    public void Pipeline_models_hold_no_roslyn_symbols_syntax_compilations_or_locations()
    {
        var offenders = Reachable().Where(t => s_forbidden.Any(f => f.IsAssignableFrom(t))).ToList();
        Assert.AreEqual(0, offenders.Count, string.Join(", ", offenders));
        Assert.IsTrue(Reachable().Count() > 20, "the walk reached the model's parts");
    }

    [TestMethod]
    public void Pipeline_models_compare_by_value()
    {
        var unequatable = Reachable().Where(t => t.Namespace?.StartsWith("Units", StringComparison.Ordinal) == true && !t.IsEnum)
            .Where(t => !typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t)).ToList();
        Assert.AreEqual(0, unequatable.Count, string.Join(", ", unequatable));
        var first = ChainSystem.Harness().Run();
        var second = ChainSystem.Harness().Run();
        Assert.AreEqual(first.Driver.GetRunResult().GeneratedTrees.Length, second.Driver.GetRunResult().GeneratedTrees.Length);
    }
}
