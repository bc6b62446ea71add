using Units.Compiler.Binding;

namespace Units.Compiler.Flattening;

/// <summary>
/// Gives every member of every port of every atomic instance (and every member of the root's
/// imports) a dense number, so the constraint and scheduling graphs can use plain integers
/// as nodes. Each unit's ports are laid out once; an instance's members are a range.
/// </summary>
public sealed class MemberIndex
{
    private readonly FlatComposition _composition;
    private readonly int[] _base;
    private readonly Dictionary<AtomicUnitSymbol, Layout> _layouts = new();
    private readonly Dictionary<(int Instance, string Port, string Member), int> _extra = new(); // open ports, root imports
    private readonly List<(int Instance, string Port, string Member)> _extraKeys = new();
    private readonly int _fixedCount;

    /// <summary>One unit's ports in order, each with the offset of its first member.</summary>
    private sealed class Layout
    {
        public Layout(AtomicUnitSymbol unit)
        {
            Ports = unit.Ports.Where(p => !p.Bundle.IsOpen).ToArray();
            Offsets = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var port in Ports)
            {
                Offsets[port.Name] = Size;
                Size += port.Bundle.Members.Count;
            }
        }

        public PortSymbol[] Ports { get; }
        public Dictionary<string, int> Offsets { get; }
        public int Size { get; }
    }

    public MemberIndex(FlatComposition composition)
    {
        _composition = composition;
        _base = new int[composition.Instances.Count];
        var next = 0;
        foreach (var instance in composition.Instances)
        {
            _base[instance.Id] = next;
            next += LayoutOf(instance.Unit).Size;
        }
        _fixedCount = next;
    }

    /// <summary>How many members are numbered (grows as open ports and root imports are met).</summary>
    public int Count => _fixedCount + _extraKeys.Count;

    private Layout LayoutOf(AtomicUnitSymbol unit)
    {
        if (!_layouts.TryGetValue(unit, out var layout)) _layouts[unit] = layout = new Layout(unit);
        return layout;
    }

    /// <summary>The number of a member of an instance's port (instance -1: a root import).</summary>
    public int Id(int instance, string port, string member)
    {
        if (instance >= 0)
        {
            var unit = _composition.Instances[instance].Unit;
            var layout = LayoutOf(unit);
            if (layout.Offsets.TryGetValue(port, out var offset))
            {
                var index = unit.FindPort(port)!.Bundle.IndexOf(member);
                if (index >= 0) return _base[instance] + offset + index;
            }
        }
        if (_extra.TryGetValue((instance, port, member), out var id)) return id;
        id = Count;
        _extra.Add((instance, port, member), id);
        _extraKeys.Add((instance, port, member));
        return id;
    }

    public int Id(Supplier supplier) => Id(supplier.Instance, supplier.Port, supplier.Member);

    /// <summary>Which instance, port and member a number stands for (instance -1: a root import).</summary>
    public (int Instance, string Port, string Member) Describe(int id)
    {
        if (id >= _fixedCount) return _extraKeys[id - _fixedCount];
        var instance = Array.BinarySearch(_base, id);
        if (instance < 0) instance = ~instance - 1;
        while (instance + 1 < _base.Length && _base[instance + 1] == _base[instance] && _base[instance + 1] <= id) instance++;
        var layout = LayoutOf(_composition.Instances[instance].Unit);
        var offset = id - _base[instance];
        foreach (var port in layout.Ports)
        {
            var start = layout.Offsets[port.Name];
            if (offset < start + port.Bundle.Members.Count) return (instance, port.Name, port.Bundle.Members[offset - start].Name);
        }
        return (instance, string.Empty, string.Empty);
    }

    /// <summary>True when the member belongs to an import of its instance (or is a root import).</summary>
    public bool IsImport(int id)
    {
        var (instance, port, _) = Describe(id);
        return instance < 0 || _composition.Instances[instance].Unit.FindPort(port)?.IsImport == true;
    }
}
