using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Flattening;

/// <summary>
/// A root composition flattened into a graph of atomic instances. Every import member of every
/// instance knows which export member supplies it, and the route (the link lines) it came by.
/// </summary>
public sealed class FlatComposition
{
    internal FlatComposition(UnitSymbol root, IReadOnlyList<CompoundNode> compounds, IReadOnlyList<FlatInstance> instances,
        IReadOnlyList<FlatPortConnection> rootExports, EquatableArray<Diagnostic> diagnostics)
    {
        Root = root;
        Compounds = compounds;
        Instances = instances;
        RootExports = rootExports;
        Diagnostics = diagnostics;
    }

    public UnitSymbol Root { get; }

    /// <summary>The compound instances of the hierarchy, depth-first; index 0 is the root when the root is compound.</summary>
    public IReadOnlyList<CompoundNode> Compounds { get; }

    /// <summary>The atomic instances in source order: depth-first through the hierarchy, link lines in order.</summary>
    public IReadOnlyList<FlatInstance> Instances { get; }

    /// <summary>What supplies each export of the root.</summary>
    public IReadOnlyList<FlatPortConnection> RootExports { get; }

    public EquatableArray<Diagnostic> Diagnostics { get; }

    public FlatInstance? FindInstance(string name) => Instances.FirstOrDefault(i => i.Name == name);

    internal LinkResolver? Resolver { get; set; }

    private MemberIndex? _members;

    /// <summary>Dense numbers for every instance's port members (shared by the rule and schedule graphs).</summary>
    public MemberIndex Members => _members ??= new MemberIndex(this);

    /// <summary>What supplies a member of a name in a compound instance's link (<c>wfk.wait</c>).</summary>
    public FlatMemberConnection? ResolveLinkMember(CompoundNode node, string name, string member) =>
        Resolver?.ResolveMember(node, name, member, $"'{name}' in {node.Name}");

    /// <summary>
    /// What supplies a member of a compound instance's port: for an export, the instance its link
    /// connects it to; for an import, whatever the parent connects it to (the outside, for the root).
    /// </summary>
    public FlatMemberConnection? ResolveCompoundMember(CompoundNode node, PortSymbol port, string member)
    {
        if (Resolver is null) return null;
        if (!port.IsImport) return Resolver.ResolveMember(node, port.Name, member, $"export '{port.Name}' of {node.Name}");
        if (node.Parent is null) return new FlatMemberConnection(member, Supplier.RootImport(port.Name, member), LinkRoute.Empty);
        var binding = node.Link!.FindImport(port.Name);
        return binding is null ? null : Resolver.ResolveMember(node.Parent, binding.Wire, member, $"import '{port.Name}' of {node.Name}");
    }
}

/// <summary>An instance of a compound unit inside the hierarchy.</summary>
public sealed class CompoundNode
{
    internal CompoundNode(int id, CompoundUnitSymbol unit, CompoundNode? parent, LinkInstance? link, string localName)
    {
        Id = id;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Unit = unit;
        Parent = parent;
        Link = link;
        LocalName = localName;
    }

    public int Id { get; }

    public CompoundUnitSymbol Unit { get; }

    public CompoundNode? Parent { get; }

    /// <summary>How far below the root this compound instance is (the root is 0).</summary>
    public int Depth { get; }

    /// <summary>The link line in the parent that made this instance; null for the root.</summary>
    public LinkInstance? Link { get; }

    public string LocalName { get; }

    /// <summary>The instance that each link line of this compound made: a compound node or an atomic instance.</summary>
    internal object?[] Children { get; set; } = Array.Empty<object?>();

    /// <summary>Knit's instance name: the parent's name, '_', the local name (the root is named after its unit).</summary>
    public string Name => InstanceNames.Compose(this, null);

    public override string ToString() => Name;
}

/// <summary>An instance of an atomic unit: the thing that exists at run time.</summary>
public sealed class FlatInstance
{
    private string? _name;

    internal FlatInstance(int id, AtomicUnitSymbol unit, CompoundNode? parent, LinkInstance? link, string localName)
    {
        Id = id;
        Unit = unit;
        Parent = parent;
        Link = link;
        LocalName = localName;
    }

    public int Id { get; }

    public AtomicUnitSymbol Unit { get; }

    public CompoundNode? Parent { get; }

    /// <summary>The link line that made this instance; null when the root itself is atomic.</summary>
    public LinkInstance? Link { get; }

    public string LocalName { get; }

    public IReadOnlyList<FlatPortConnection> Imports { get; internal set; } = Array.Empty<FlatPortConnection>();

    public string Name => _name ??= InstanceNames.Compose(Parent, LocalName);

    /// <summary>Where this instance is made: its link line, or the unit itself when it is the root.</summary>
    public SourceLocation Location => Link?.Location ?? Unit.Location;

    public FlatPortConnection? FindImport(string port) => Imports.FirstOrDefault(i => i.Port.Name == port);

    public override string ToString() => $"{Name} ({Unit.Name})";
}

/// <summary>The suppliers of one port's members.</summary>
public sealed record FlatPortConnection(PortSymbol Port, EquatableArray<FlatMemberConnection> Members);

/// <summary>One member of an import (or of a root export) and the export member that supplies it.</summary>
public sealed record FlatMemberConnection(string Member, Supplier Supplier, LinkRoute Route);

/// <summary>
/// An export member of an atomic instance, or (when <see cref="Instance"/> is -1) a member of one
/// of the root's imports, which the world outside the composition supplies.
/// </summary>
public readonly record struct Supplier(int Instance, string Port, string Member)
{
    public bool IsRootImport => Instance < 0;

    public static Supplier RootImport(string port, string member) => new(-1, port, member);
}

/// <summary>The link lines a connection passes through, from the import to its supplier (shared tails, immutable).</summary>
public sealed class LinkRoute
{
    public static LinkRoute Empty { get; } = new(null, null);

    internal LinkRoute(RouteStep? step, LinkRoute? rest)
    {
        Step = step;
        Rest = rest;
    }

    public RouteStep? Step { get; }

    public LinkRoute? Rest { get; }

    public IEnumerable<RouteStep> Steps
    {
        get
        {
            for (var route = this; route?.Step is not null; route = route.Rest) yield return route.Step;
        }
    }
}

/// <summary>
/// One hop of a route: a name in a compound instance's link, where it is defined
/// (<see cref="Location"/>) and, when known, where this route uses it (<see cref="UsedAt"/>).
/// </summary>
public sealed record RouteStep(CompoundNode Node, Wire Wire, SourceLocation? UsedAt)
{
    public string Name => Wire.Kind == WireKind.Bundle ? Wire.BundleText : Wire.Name;

    /// <summary>Where the name is defined.</summary>
    public SourceLocation Location => Wire.Location;

    /// <summary>The compound unit whose link holds the name.</summary>
    public string Compound => Node.Unit.Name;

    /// <summary>What the name is, for explanations (built on demand: most routes are never shown).</summary>
    public string Description => Wire.Kind switch
    {
        WireKind.CompoundImport => $"import '{Wire.Name}'",
        WireKind.Union => $"union '{Wire.Name}'",
        WireKind.Bundle => $"the bundle {Wire.BundleText}",
        _ => Wire.Instance is null ? $"'{Wire.Name}'" : $"'{Wire.Name}' from {Wire.Instance.Unit.Name}",
    };
}

internal static class InstanceNames
{
    /// <summary>Builds "root_a_b" by walking up the parents (not cached: deep hierarchies would make that quadratic).</summary>
    public static string Compose(CompoundNode? parent, string? leaf)
    {
        var parts = new List<string>();
        if (leaf is not null) parts.Add(leaf);
        for (var node = parent; node is not null; node = node.Parent) parts.Add(node.LocalName);
        parts.Reverse();
        return string.Join("_", parts);
    }
}
