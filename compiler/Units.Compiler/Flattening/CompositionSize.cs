using Units.Compiler.Binding;

namespace Units.Compiler.Flattening;

/// <summary>
/// Counts the instances a unit expands to without expanding it (each unit counted once,
/// saturating), so a composition that multiplies out to millions is refused up front.
/// </summary>
internal static class CompositionSize
{
    public static long Count(UnitSymbol root, ISet<UnitSymbol> recursiveUnits)
    {
        var sizes = new Dictionary<UnitSymbol, long>();
        var stack = new Stack<(UnitSymbol Unit, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (unit, childrenDone) = stack.Pop();
            if (sizes.ContainsKey(unit)) continue;
            if (unit is not CompoundUnitSymbol compound || recursiveUnits.Contains(unit))
            {
                sizes[unit] = unit is CompoundUnitSymbol ? 0 : 1;
                continue;
            }
            if (!childrenDone)
            {
                stack.Push((unit, true));
                foreach (var link in compound.Instances)
                {
                    if (!sizes.ContainsKey(link.Unit)) stack.Push((link.Unit, false));
                }
                continue;
            }
            long total = 1;
            foreach (var link in compound.Instances) total = SaturatingAdd(total, sizes.TryGetValue(link.Unit, out var size) ? size : 0);
            sizes[unit] = total;
        }
        return sizes[root];
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
