using Units.Compiler.Binding;
using Units.Compiler.Flattening;
using Units.Compiler.Syntax;

namespace Units.Compiler.Scheduling;

/// <summary>
/// Builds the requirement graph of one pass over a flattened composition. Atomic instances and
/// compound instances both declare calls and <c>depends</c> rules; a compound's are stated over
/// its own ports and the names of its link, which are resolved to the atomic members behind them.
/// </summary>
internal sealed class RequirementGraphBuilder
{
    private readonly FlatComposition _composition;
    private readonly RequirementGraph _graph;
    private readonly List<int>[] _callNodes; // per atomic instance: the node of each call of this pass, in declaration order
    private readonly Dictionary<CompoundNode, List<int>> _compoundCallNodes = new();
    private readonly Dictionary<UnitSymbol, List<InitializerSymbol>> _calls = new();

    private readonly List<LinkRequirement> _linkReasons;
    private int _nextLinkReason;

    private RequirementGraphBuilder(FlatComposition composition, SchedulePass pass, List<LinkRequirement> linkReasons)
    {
        _composition = composition;
        _graph = new RequirementGraph(pass);
        _callNodes = new List<int>[composition.Instances.Count];
        _linkReasons = linkReasons;
    }

    public static RequirementGraph Build(FlatComposition composition, SchedulePass pass) => Build(composition, pass, new List<LinkRequirement>());

    /// <param name="linkReasons">
    /// The reasons of the link edges, shared by the passes of one composition: the first pass
    /// makes them, the next reuses them in the same order (a dense composition has millions).
    /// </param>
    public static RequirementGraph Build(FlatComposition composition, SchedulePass pass, List<LinkRequirement> linkReasons)
    {
        var builder = new RequirementGraphBuilder(composition, pass, linkReasons);
        builder.Run();
        return builder._graph;
    }

    private LinkRequirement LinkReason(FlatInstance instance, string port, FlatMemberConnection connection)
    {
        if (_nextLinkReason < _linkReasons.Count) return _linkReasons[_nextLinkReason++];
        var reason = new LinkRequirement(instance, port, connection.Member, connection.Route);
        _linkReasons.Add(reason);
        _nextLinkReason++;
        return reason;
    }

    /// <summary>The calls of this pass that a unit declares, in order (computed once per unit).</summary>
    private List<InitializerSymbol> CallsOf(UnitSymbol unit)
    {
        if (_calls.TryGetValue(unit, out var calls)) return calls;
        calls = unit.Initializers.Where(c => c.IsFinalizer == (_graph.Pass == SchedulePass.Finalizers)).ToList();
        _calls.Add(unit, calls);
        return calls;
    }

    private void Run()
    {
        // Calls first, in source order: their node ids are the schedule's tie-break.
        foreach (var instance in _composition.Instances)
        {
            _callNodes[instance.Id] = CallsOf(instance.Unit)
                .Select(call => _graph.AddNode(new RequirementNode(instance, string.Empty, string.Empty, call))).ToList();
        }
        foreach (var compound in _composition.Compounds)
        {
            var calls = CallsOf(compound.Unit);
            if (calls.Count == 0) continue;
            _compoundCallNodes[compound] = calls
                .Select(call => _graph.AddNode(new RequirementNode(null, string.Empty, string.Empty, call) { Compound = compound })).ToList();
        }
        _graph.CallCount = _graph.NodeCount;
        foreach (var instance in _composition.Instances)
        {
            AddLinks(instance);
            var scope = new InstanceScope(this, instance);
            AddCalls(scope, CallsOf(instance.Unit), _callNodes[instance.Id]);
            foreach (var rule in instance.Unit.Depends) AddRule(scope, rule);
        }
        foreach (var compound in _composition.Compounds)
        {
            var scope = new CompoundScope(this, compound);
            if (_compoundCallNodes.TryGetValue(compound, out var nodes)) AddCalls(scope, CallsOf(compound.Unit), nodes);
            foreach (var rule in compound.Unit.Depends) AddRule(scope, rule);
        }
    }

    private void AddLinks(FlatInstance instance)
    {
        foreach (var port in instance.Imports)
        {
            foreach (var connection in port.Members)
            {
                var import = _graph.MemberNode(_composition, instance.Id, port.Port.Name, connection.Member);
                var supplier = _graph.MemberNode(_composition, connection.Supplier.Instance, connection.Supplier.Port, connection.Supplier.Member);
                _graph.AddEdge(import, supplier, _graph.AddReason(LinkReason(instance, port.Port.Name, connection)));
            }
        }
    }

    /// <summary>
    /// Each target member requires its call, except the call's own function (it is what runs) and
    /// the unit's imports: a call "for" an import needs it (Knit's finalizer that waits for a key
    /// "for stdout" runs while stdout still works). A call of another's function requires that function.
    /// </summary>
    private void AddCalls(Scope scope, List<InitializerSymbol> calls, List<int> nodes)
    {
        for (var i = 0; i < calls.Count; i++)
        {
            var reason = _graph.AddReason(new CallRequirement(calls[i]));
            var needs = -1;
            foreach (var member in calls[i].Targets.Members)
            {
                if (calls[i].IsOwned && member.Port == calls[i].Owner && member.Name == calls[i].Member) continue;
                if (scope.MemberNode(member.Port, member.Name) is not { } target) continue;
                if (!scope.IsImport(member.Port))
                {
                    _graph.AddEdge(target, nodes[i], reason);
                    continue;
                }
                if (needs < 0) needs = _graph.AddReason(new CallNeedsImportRequirement(calls[i]));
                _graph.AddEdge(nodes[i], target, needs);
            }
            if (calls[i].IsOwned && scope.MemberNode(calls[i].Owner!, calls[i].Member!) is { } function)
            {
                _graph.AddEdge(nodes[i], function, _graph.AddReason(new CallUsesRequirement(calls[i])));
            }
        }
    }

    private void AddRule(Scope scope, DependsRule rule)
    {
        var reason = _graph.AddReason(new DependsRequirement(scope.UnitName, scope.Name, rule));
        if (rule.Kind == DependsKind.Needs)
        {
            var helper = _graph.AddNode(new RequirementNode(null, string.Empty, string.Empty, null));
            foreach (var node in Nodes(scope, rule.Left)) _graph.AddEdge(node, helper, reason);
            foreach (var node in Nodes(scope, rule.Right)) _graph.AddEdge(helper, node, reason);
            return;
        }
        // A < B: B's calls require A's calls, and nothing else.
        var first = CallsIn(scope, rule.Left).ToList();
        foreach (var later in CallsIn(scope, rule.Right))
        {
            foreach (var earlier in first) _graph.AddEdge(later, earlier, reason);
        }
    }

    /// <summary>The nodes of a set's objects: members, and the calls of this pass it names.</summary>
    private IEnumerable<int> Nodes(Scope scope, ObjectSet set)
    {
        foreach (var item in set.Objects)
        {
            if (item.Kind == UnitObjectKind.Member)
            {
                if (scope.MemberNode(item.Port, item.Name) is { } member) yield return member;
                continue;
            }
            var wanted = item.Kind == UnitObjectKind.Finalizer;
            if (wanted != (_graph.Pass == SchedulePass.Finalizers)) continue;
            if (scope.CallNode(item.Name) is { } call) yield return call;
        }
    }

    /// <summary>The calls a set stands for in <c>A &lt; B</c>: calls it names, and the calls that set up its members.</summary>
    private IEnumerable<int> CallsIn(Scope scope, ObjectSet set)
    {
        var result = new SortedSet<int>();
        foreach (var node in Nodes(scope, set))
        {
            if (_graph.Node(node).IsCall) result.Add(node);
        }
        foreach (var member in set.Members)
        {
            var (owner, port, name) = scope.Origin(member.Port, member.Name);
            if (owner is null) continue;
            var calls = CallsOf(owner.Unit);
            for (var i = 0; i < calls.Count; i++)
            {
                if (calls[i].Targets.Contains(UnitObject.Member(port, name))) result.Add(_callNodes[owner.Id][i]);
            }
        }
        return result;
    }

    /// <summary>Where a unit's rules are evaluated: an atomic instance, or a compound instance.</summary>
    private abstract class Scope
    {
        public abstract string UnitName { get; }

        public abstract string Name { get; }

        /// <summary>The node of a member of one of the unit's ports, or of a name of its link; null when it leads nowhere.</summary>
        public abstract int? MemberNode(string port, string member);

        public abstract int? CallNode(string function);

        public abstract bool IsImport(string port);

        /// <summary>The atomic instance member a port member stands for (null instance: from outside the composition).</summary>
        public abstract (FlatInstance? Instance, string Port, string Member) Origin(string port, string member);
    }

    private sealed class InstanceScope(RequirementGraphBuilder builder, FlatInstance instance) : Scope
    {
        public override string UnitName => instance.Unit.Name;

        public override string Name => instance.Name;

        public override int? MemberNode(string port, string member) => builder._graph.MemberNode(builder._composition, instance.Id, port, member);

        public override bool IsImport(string port) => instance.Unit.FindPort(port)?.IsImport == true;

        public override int? CallNode(string function)
        {
            var index = builder.CallsOf(instance.Unit).FindIndex(c => c.Function == function);
            return index < 0 ? null : builder._callNodes[instance.Id][index];
        }

        public override (FlatInstance?, string, string) Origin(string port, string member)
        {
            var import = instance.FindImport(port)?.Members.FirstOrDefault(m => m.Member == member);
            if (import is null) return (instance, port, member);
            return import.Supplier.IsRootImport ? (null, port, member)
                : (builder._composition.Instances[import.Supplier.Instance], import.Supplier.Port, import.Supplier.Member);
        }
    }

    private sealed class CompoundScope(RequirementGraphBuilder builder, CompoundNode compound) : Scope
    {
        public override string UnitName => compound.Unit.Name;

        public override string Name => compound.Name;

        public override bool IsImport(string port) => compound.Unit.FindPort(port)?.IsImport == true;

        public override int? MemberNode(string port, string member)
        {
            var supplier = Resolve(port, member);
            return supplier is null ? null : builder._graph.MemberNode(builder._composition, supplier.Value.Instance, supplier.Value.Port, supplier.Value.Member);
        }

        public override int? CallNode(string function)
        {
            var index = builder.CallsOf(compound.Unit).FindIndex(c => c.Function == function);
            return index < 0 || !builder._compoundCallNodes.TryGetValue(compound, out var nodes) ? null : nodes[index];
        }

        public override (FlatInstance?, string, string) Origin(string port, string member)
        {
            var supplier = Resolve(port, member);
            return supplier is not { IsRootImport: false } found ? (null, port, member)
                : (builder._composition.Instances[found.Instance], found.Port, found.Member);
        }

        /// <summary>A member of the compound's port, or of a name of its link (a call's function), as the atomic member that supplies it.</summary>
        private Supplier? Resolve(string port, string member)
        {
            var symbol = compound.Unit.FindPort(port);
            var connection = symbol is not null
                ? builder._composition.ResolveCompoundMember(compound, symbol, member)
                : builder._composition.ResolveLinkMember(compound, port, member);
            return connection?.Supplier;
        }
    }
}
