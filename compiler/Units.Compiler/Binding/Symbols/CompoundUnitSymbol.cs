using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>A unit built by linking instances of other units.</summary>
public sealed class CompoundUnitSymbol : UnitSymbol
{
    internal CompoundUnitSymbol(string name, SourceLocation location, SourceLocation declarationLocation, string? doc, string? csNamespace)
        : base(name, location, declarationLocation, doc, csNamespace)
    {
    }

    public override bool IsCompound => true;

    /// <summary>One entry per link line that instantiates a unit, in source order.</summary>
    public IReadOnlyList<LinkInstance> Instances { get; internal set; } = Array.Empty<LinkInstance>();

    /// <summary>Every name the link defines: the compound's imports, instance exports and unions.</summary>
    public IReadOnlyDictionary<string, Wire> Wires { get; internal set; } = new Dictionary<string, Wire>();

    public Wire? FindWire(string name) => Wires.TryGetValue(name, out var wire) ? wire : null;

    /// <summary><c>defaults{ … }</c>: when given, the only names '...' connects by name (with where each is written).</summary>
    public IReadOnlyList<(string Name, SourceLocation Location)> Defaults { get; internal set; } = Array.Empty<(string, SourceLocation)>();
}

/// <summary>One instantiation of a unit inside a compound (one link line).</summary>
public sealed class LinkInstance
{
    internal LinkInstance(int index, UnitSymbol unit, string localName, SourceLocation location, SourceLocation unitLocation)
    {
        Index = index;
        Unit = unit;
        LocalName = localName;
        Location = location;
        UnitLocation = unitLocation;
    }

    public int Index { get; }

    public UnitSymbol Unit { get; }

    /// <summary>The Knit name part this instance adds: its first export's name in the link.</summary>
    public string LocalName { get; }

    /// <summary>The whole link line.</summary>
    public SourceLocation Location { get; }

    /// <summary>Where the unit's name (or inline code) stands in the link line.</summary>
    public SourceLocation UnitLocation { get; }

    public IReadOnlyList<PortBinding> Exports { get; internal set; } = Array.Empty<PortBinding>();

    public IReadOnlyList<PortBinding> Imports { get; internal set; } = Array.Empty<PortBinding>();

    public PortBinding? FindImport(string port) => Imports.FirstOrDefault(b => b.Port.Name == port);

    public PortBinding? FindExport(string port) => Exports.FirstOrDefault(b => b.Port.Name == port);

    public override string ToString() => $"{LocalName} <- {Unit.Name}";
}

/// <summary>A port of an instance connected to a name of the enclosing link.</summary>
public sealed record PortBinding(PortSymbol Port, string Wire, SourceLocation Location);

public enum WireKind
{
    /// <summary>An import of the compound itself.</summary>
    CompoundImport,

    /// <summary>An export of one of the compound's instances.</summary>
    InstanceExport,

    /// <summary><c>all = a + b</c></summary>
    Union,

    /// <summary><c>{ recv = net.input }</c> in a link line: members of other names, renamed.</summary>
    Bundle,
}

/// <summary>
/// A name in a compound's link and what supplies it. Its members are what it provides to the
/// imports it is connected to.
/// </summary>
public sealed class Wire
{
    internal Wire(string name, WireKind kind, SourceLocation location)
    {
        Name = name;
        Kind = kind;
        Location = location;
    }

    public string Name { get; }

    public WireKind Kind { get; }

    /// <summary>Where the name is defined.</summary>
    public SourceLocation Location { get; }

    /// <summary>For a compound import or an instance export: the port.</summary>
    public PortSymbol? Port { get; internal set; }

    /// <summary>For an instance export: the instance.</summary>
    public LinkInstance? Instance { get; internal set; }

    /// <summary>For a union: the names it joins.</summary>
    public IReadOnlyList<Wire> Parts { get; internal set; } = Array.Empty<Wire>();

    /// <summary>What the name provides. For a union, each member with the part that provides it.</summary>
    public IReadOnlyDictionary<string, (BundleMember Member, Wire From)> Members { get; internal set; } =
        new Dictionary<string, (BundleMember, Wire)>();

    /// <summary>For a bundle argument: each member's name in the name it comes from (<see cref="Members"/> gives that name).</summary>
    public IReadOnlyDictionary<string, string> SourceMembers { get; internal set; } = new Dictionary<string, string>();

    /// <summary>True when the name comes from an inline unit and supplies whatever is asked.</summary>
    public bool IsOpen { get; internal set; }

    public string Describe() => Kind switch
    {
        WireKind.CompoundImport => $"import '{Name}'",
        WireKind.InstanceExport when Port is not null && Instance is not null => $"'{Name}' (export '{Port.Name}' of '{Instance.Unit.Name}')",
        WireKind.InstanceExport => $"'{Name}'",
        WireKind.Bundle => $"the bundle {BundleText}",
        _ => $"union '{Name}'",
    };

    /// <summary>A bundle argument as written (its wire name without the position that makes it unique).</summary>
    public string BundleText => Kind == WireKind.Bundle && Name.LastIndexOf('@') is var at and > 0 ? Name.Substring(0, at) : Name;

    public override string ToString() => Name;
}
