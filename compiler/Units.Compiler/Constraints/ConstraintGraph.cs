using Units.Compiler.Binding;
using Units.Compiler.Flattening;
using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>What a node of the constraint graph stands for.</summary>
public enum ConstraintNodeKind
{
    /// <summary>A member of an instance's import or export.</summary>
    Member,

    /// <summary>A member of one of the root's imports: supplied from outside, unconstrained.</summary>
    RootImport,

    /// <summary>A helper standing between the two sets of one set-to-set rule.</summary>
    Rule,
}

/// <summary>
/// A node: one property value to solve for. For a rule's helper node, <see cref="Port"/> holds
/// the rule's text.
/// </summary>
public readonly record struct ConstraintNode(ConstraintNodeKind Kind, string Instance, string Unit, string Port, string Member, bool IsImport)
{
    public string Describe() => Kind switch
    {
        ConstraintNodeKind.Member => $"{(IsImport ? "import" : "export")} '{Port}.{Member}' of {Instance} ({Unit})",
        ConstraintNodeKind.RootImport => $"'{Port}.{Member}', supplied from outside {Instance}",
        _ => $"the rule '{Port}' of {Instance} ({Unit})",
    };

    public string ShortName => Kind == ConstraintNodeKind.Rule ? $"the bound that '{Port}' sets in {Instance}" : $"{Instance}.{Port}.{Member}";
}

/// <summary>Why an edge or bound exists: a link, or a rule of one instance.</summary>
public abstract record ConstraintReason;

/// <summary>
/// A member of port <see cref="Port"/> of <see cref="Owner"/> (an instance's import, or a port of
/// a compound instance) is supplied through <see cref="Route"/>, used at <see cref="Location"/>:
/// the two share one value.
/// </summary>
public sealed record LinkReason(string Owner, string Port, string Member, LinkRoute Route, SourceLocation Location) : ConstraintReason;

/// <summary>A rule of a unit, stated for one of its instances.</summary>
public sealed record RuleReason(string Instance, NormalizedRule Rule) : ConstraintReason;

/// <summary><c>From &lt;= To</c>, because of <see cref="Reason"/>.</summary>
public readonly record struct ConstraintEdge(int From, int To, int Reason);

/// <summary><c>Node &lt;= Value</c> (an upper bound) or <c>Value &lt;= Node</c> (a check), because of <see cref="Reason"/>.</summary>
public readonly record struct ConstantBound(int Node, int Value, int Reason);

/// <summary>
/// All the relations of one property over one flattened composition: nodes, upper-bound edges
/// between nodes, upper bounds by constants, and the lower-bound checks that can fail.
/// </summary>
public sealed class ConstraintGraph
{
    private readonly List<ConstraintNode> _nodes;
    private readonly EdgeBuilder _edges;
    private Adjacency? _upper;
    private Adjacency? _lower;
    private readonly List<ConstraintReason> _reasons;
    private readonly List<ConstantBound> _bounds = new();
    private readonly List<ConstantBound> _checks = new();
    private readonly MemberNodeMap _memberNodes;

    public ConstraintGraph(string property, FlatComposition composition)
    {
        Property = property;
        Composition = composition;
        _nodes = new List<ConstraintNode>();
        _edges = new EdgeBuilder();
        _reasons = new List<ConstraintReason>();
        _memberNodes = new MemberNodeMap();
    }

    private ConstraintGraph(string property, ConstraintGraph links)
    {
        Property = property;
        Composition = links.Composition;
        _nodes = new List<ConstraintNode>(links._nodes);
        _edges = links._edges.Copy();
        _reasons = new List<ConstraintReason>(links._reasons);
        _memberNodes = links._memberNodes.Copy();
    }

    /// <summary>A graph of <paramref name="property"/> that starts as this one (its nodes, edges and reasons), to add that property's rules to.</summary>
    internal ConstraintGraph CopyFor(string property)
    {
        if (_bounds.Count > 0 || _checks.Count > 0 || _compoundMembers.Count > 0) throw new InvalidOperationException("only the links' graph is copied");
        return new ConstraintGraph(property, this);
    }

    public string Property { get; }

    public FlatComposition Composition { get; }

    public int NodeCount => _nodes.Count;

    public ConstraintNode Node(int id) => _nodes[id];

    public ConstraintReason Reason(int id) => _reasons[id];

    /// <summary>For each node, the nodes that bound it from above (node &lt;= target), with the reason.</summary>
    public Adjacency Upper => _upper ??= _edges.Freeze(_nodes.Count);

    /// <summary>For each node, the nodes it bounds from above (target &lt;= node), with the reason.</summary>
    public Adjacency Lower => _lower ??= _edges.Freeze(_nodes.Count, reversed: true);

    public IReadOnlyList<ConstantBound> Bounds => _bounds;

    public IReadOnlyList<ConstantBound> Checks => _checks;

    public int? FindMember(int instance, string port, string member) => _memberNodes.Find(Composition.Members.Id(instance, port, member));

    internal int AddReason(ConstraintReason reason)
    {
        _reasons.Add(reason);
        return _reasons.Count - 1;
    }

    internal int MemberNode(int instance, string port, string member, bool isImport)
    {
        var id = Composition.Members.Id(instance, port, member);
        if (_memberNodes.Find(id) is { } known) return known;
        var node = instance < 0
            ? Add(new ConstraintNode(ConstraintNodeKind.RootImport, Composition.Root.Name, Composition.Root.Name, port, member, true))
            : Add(new ConstraintNode(ConstraintNodeKind.Member, Composition.Instances[instance].Name, Composition.Instances[instance].Unit.Name, port, member, isImport));
        _memberNodes.Set(id, node);
        return node;
    }

    internal int RuleNode(string instance, NormalizedRule rule) =>
        Add(new ConstraintNode(ConstraintNodeKind.Rule, instance, rule.Unit.Name, rule.Rule.Text, string.Empty, false));

    private readonly Dictionary<(int Compound, string Port, string Member), int> _compoundMembers = new();

    /// <summary>A member of a port of a compound instance (its rules talk about these).</summary>
    internal int CompoundMemberNode(CompoundNode compound, PortSymbol port, string member, out bool created)
    {
        created = false;
        if (_compoundMembers.TryGetValue((compound.Id, port.Name, member), out var id)) return id;
        id = Add(new ConstraintNode(ConstraintNodeKind.Member, compound.Name, compound.Unit.Name, port.Name, member, port.IsImport));
        _compoundMembers.Add((compound.Id, port.Name, member), id);
        created = true;
        return id;
    }

    private int Add(ConstraintNode node)
    {
        _nodes.Add(node);
        return _nodes.Count - 1;
    }

    /// <summary>from &lt;= to. Edges are added while building; reading <see cref="Upper"/> or <see cref="Lower"/> freezes them.</summary>
    internal void AddUpper(int from, int to, int reason) => _edges.Add(from, to, reason);

    internal void AddBound(int node, int value, int reason) => _bounds.Add(new ConstantBound(node, value, reason));

    internal void AddCheck(int node, int value, int reason) => _checks.Add(new ConstantBound(node, value, reason));

    /// <summary>The source location a reason points at (where the link is used, or the rule).</summary>
    public SourceLocation LocationOf(ConstraintReason reason) => reason switch
    {
        LinkReason link => link.Location,
        RuleReason rule => rule.Rule.Rule.Location,
        _ => SourceLocation.None,
    };
}
