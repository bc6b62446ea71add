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
    private readonly Dictionary<UnitSymbol, long> _names = new();
    private readonly Dictionary<UnitSymbol, long> _atoms = new();

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
                _atoms[unit] = unit is CompoundUnitSymbol ? 0 : 1;
                _names[unit] = 0;
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
            long total = 1, names = 0, atoms = 0;
            foreach (var link in compound.Instances)
            {
                total = SaturatingAdd(total, _sizes.TryGetValue(link.Unit, out var size) ? size : 0);
                var inner = _atoms.TryGetValue(link.Unit, out var a) ? a : 0;
                atoms = SaturatingAdd(atoms, inner);
                // An atomic instance's name is its local name; one inside a compound's is "local_" + its name there.
                names = SaturatingAdd(names, link.Unit is CompoundUnitSymbol
                    ? SaturatingAdd(_names.TryGetValue(link.Unit, out var n) ? n : 0, SaturatingMultiply(inner, link.LocalName.Length + 1))
                    : link.LocalName.Length);
            }
            _sizes[unit] = total;
            _atoms[unit] = atoms;
            _names[unit] = names;
        }
        return _sizes[root];
    }

    /// <summary>
    /// The characters of the Knit names of the atomic instances inside <paramref name="root"/>
    /// ("root_a_b"): what emission writes once per instance at least. A name holds the names of
    /// the compounds around it, so a small file can name gigabytes (32,768 instances under one
    /// 170,000-character link name).
    /// </summary>
    public long NameCharacters(UnitSymbol root)
    {
        Of(root);
        return SaturatingAdd(_names[root], SaturatingMultiply(_atoms[root], root.Name.Length + 1));
    }

    private static long SaturatingMultiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
