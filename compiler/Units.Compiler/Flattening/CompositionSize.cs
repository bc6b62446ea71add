using Units.Compiler.Binding;

namespace Units.Compiler.Flattening;

/// <summary>
/// Counts what a unit expands to without expanding it (each unit counted once, saturating), so
/// a composition that multiplies out to millions is refused up front. One counter remembers
/// every unit it has counted, so counting all compounds of a program costs one pass.
/// </summary>
internal sealed class CompositionSize
{
    private readonly ISet<UnitSymbol> _recursiveUnits;
    private readonly Dictionary<UnitSymbol, long> _sizes = new();

    public CompositionSize(ISet<UnitSymbol> recursiveUnits) => _recursiveUnits = recursiveUnits;

    /// <summary>The instances, atomic and compound, that flattening <paramref name="root"/> makes.</summary>
    public static long Count(UnitSymbol root, ISet<UnitSymbol> recursiveUnits) => new CompositionSize(recursiveUnits).Of(root);

    /// <summary>The instances, atomic and compound, that flattening <paramref name="root"/> makes.</summary>
    public long Of(UnitSymbol root)
    {
        var stack = new Stack<(UnitSymbol Unit, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (unit, childrenDone) = stack.Pop();
            if (_sizes.ContainsKey(unit)) continue;
            if (unit is not CompoundUnitSymbol compound || _recursiveUnits.Contains(unit))
            {
                _sizes[unit] = unit is CompoundUnitSymbol ? 0 : 1;
                continue;
            }
            if (!childrenDone)
            {
                stack.Push((unit, true));
                foreach (var link in compound.Instances)
                {
                    if (!_sizes.ContainsKey(link.Unit)) stack.Push((link.Unit, false));
                }
                continue;
            }
            long total = 1;
            foreach (var link in compound.Instances) total = SaturatingAdd(total, _sizes.TryGetValue(link.Unit, out var size) ? size : 0);
            _sizes[unit] = total;
        }
        return _sizes[root];
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
