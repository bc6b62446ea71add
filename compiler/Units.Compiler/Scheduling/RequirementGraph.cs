using Units.Compiler.Binding;
using Units.Compiler.Flattening;

namespace Units.Compiler.Scheduling;

/// <summary>Which calls a pass orders.</summary>
public enum SchedulePass
{
    Initializers,
    Finalizers,
}

/// <summary>Why one node requires another.</summary>
public abstract record Requirement;

/// <summary>An import member requires what supplies it.</summary>
public sealed record LinkRequirement(FlatInstance Importer, string Port, string Member, LinkRoute Route) : Requirement;

/// <summary>A member requires the call that initializes (or finalizes) it.</summary>
public sealed record CallRequirement(InitializerSymbol Call) : Requirement;

/// <summary>A call for an import of its unit needs the import (it runs while the import works).</summary>
public sealed record CallNeedsImportRequirement(InitializerSymbol Call) : Requirement;

/// <summary>A call of another's function (<c>isa.probe</c>, <c>wfk.wait</c>) requires that function.</summary>
public sealed record CallUsesRequirement(InitializerSymbol Call) : Requirement;

/// <summary>A <c>depends</c> rule of one instance (atomic or compound): its unit's name, the instance's name.</summary>
public sealed record DependsRequirement(string Unit, string Instance, DependsRule Rule) : Requirement;

/// <summary>
/// A node: a member of an instance's port, a member supplied from outside, a call (of an atomic
/// instance, or of a compound instance when <see cref="Compound"/> is set), or a rule's helper.
/// </summary>
public readonly record struct RequirementNode(FlatInstance? Instance, string Port, string Member, InitializerSymbol? Call)
{
    public CompoundNode? Compound { get; init; }

    public bool IsCall => Call is not null;

    public string Name => Call is not null ? $"{Compound?.Name ?? Instance!.Name}.{Call.Function}"
        : Instance is null ? (Port.Length == 0 ? "a rule" : $"{Port}.{Member} (from outside)")
        : $"{Instance.Name}.{Port}.{Member}";
}

/// <summary>
/// "Before X is used or run, Y must be initialized": X → Y. Calls of the pass are nodes; members
/// require the calls that set them up; imports require their suppliers; <c>A needs B</c> makes
/// A require B (through one helper node per rule), <c>A &lt; B</c> makes B's calls require A's.
/// </summary>
public sealed class RequirementGraph
{
    private readonly List<RequirementNode> _nodes = new();
    private readonly EdgeBuilder _edges = new();
    private Adjacency? _frozen;
    private readonly List<Requirement> _reasons = new();
    private readonly MemberNodeMap _memberNodes = new();

    public RequirementGraph(SchedulePass pass) => Pass = pass;

    public SchedulePass Pass { get; }

    public int NodeCount => _nodes.Count;

    /// <summary>Calls are added first, so nodes 0 to CallCount - 1 are the calls, in source order.</summary>
    public int CallCount { get; internal set; }

    public RequirementNode Node(int id) => _nodes[id];

    /// <summary>For each node, what it requires, with the reason (frozen on first read).</summary>
    public Adjacency Requires => _frozen ??= _edges.Freeze(_nodes.Count);

    public Requirement Reason(int id) => _reasons[id];

    internal int AddReason(Requirement reason)
    {
        _reasons.Add(reason);
        return _reasons.Count - 1;
    }

    internal int AddNode(RequirementNode node)
    {
        _nodes.Add(node);
        return _nodes.Count - 1;
    }

    internal int MemberNode(FlatComposition composition, int instance, string port, string member)
    {
        // No closure per call: a dense composition asks this millions of times.
        var id = composition.Members.Id(instance, port, member);
        if (_memberNodes.Find(id) is { } known) return known;
        var node = AddNode(new RequirementNode(instance < 0 ? null : composition.Instances[instance], port, member, null));
        _memberNodes.Set(id, node);
        return node;
    }

    internal void AddEdge(int from, int to, int reason) => _edges.Add(from, to, reason);
}
