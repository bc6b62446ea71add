using Units.Compiler.Binding;
using Units.Compiler.Flattening;
using Units.Compiler.Syntax;

namespace Units.Compiler.Scheduling;

/// <summary>Builds the requirement graph of one pass over a flattened composition.</summary>
internal sealed class RequirementGraphBuilder
{
    private readonly FlatComposition _composition;
    private readonly RequirementGraph _graph;
    private readonly List<int>[] _callNodes; // per instance: the node of each call of this pass, in declaration order
    private readonly Dictionary<AtomicUnitSymbol, List<InitializerSymbol>> _calls = new();

    private RequirementGraphBuilder(FlatComposition composition, SchedulePass pass)
    {
        _composition = composition;
        _graph = new RequirementGraph(pass);
        _callNodes = new List<int>[composition.Instances.Count];
    }

    public static RequirementGraph Build(FlatComposition composition, SchedulePass pass)
    {
        var builder = new RequirementGraphBuilder(composition, pass);
        builder.Run();
        return builder._graph;
    }

    /// <summary>The calls of this pass that a unit declares, in order (computed once per unit).</summary>
    private List<InitializerSymbol> CallsOf(AtomicUnitSymbol unit)
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
        _graph.CallCount = _graph.NodeCount;
        foreach (var instance in _composition.Instances)
        {
            AddLinks(instance);
            AddCallTargets(instance);
            foreach (var rule in instance.Unit.Depends) AddRule(instance, rule);
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
                _graph.AddEdge(import, supplier, _graph.AddReason(new LinkRequirement(instance, port.Port.Name, connection.Member, connection.Route)));
            }
        }
    }

    private void AddCallTargets(FlatInstance instance)
    {
        var calls = CallsOf(instance.Unit);
        for (var i = 0; i < calls.Count; i++)
        {
            var reason = _graph.AddReason(new CallRequirement(instance, calls[i]));
            foreach (var member in calls[i].Targets.Members)
            {
                _graph.AddEdge(_graph.MemberNode(_composition, instance.Id, member.Port, member.Name), _callNodes[instance.Id][i], reason);
            }
        }
    }

    private void AddRule(FlatInstance instance, DependsRule rule)
    {
        var reason = _graph.AddReason(new DependsRequirement(instance, rule));
        if (rule.Kind == DependsKind.Needs)
        {
            var helper = _graph.AddNode(new RequirementNode(null, string.Empty, string.Empty, null));
            foreach (var node in Nodes(instance, rule.Left)) _graph.AddEdge(node, helper, reason);
            foreach (var node in Nodes(instance, rule.Right)) _graph.AddEdge(helper, node, reason);
            return;
        }
        // A < B: B's calls require A's calls, and nothing else.
        var first = CallsIn(instance, rule.Left).ToList();
        foreach (var later in CallsIn(instance, rule.Right))
        {
            foreach (var earlier in first) _graph.AddEdge(later, earlier, reason);
        }
    }

    /// <summary>The nodes of a set's objects: members, and the calls of this pass it names.</summary>
    private IEnumerable<int> Nodes(FlatInstance instance, ObjectSet set)
    {
        var calls = CallsOf(instance.Unit);
        foreach (var item in set.Objects)
        {
            if (item.Kind == UnitObjectKind.Member)
            {
                yield return _graph.MemberNode(_composition, instance.Id, item.Port, item.Name);
                continue;
            }
            var wanted = item.Kind == UnitObjectKind.Finalizer;
            if (wanted != (_graph.Pass == SchedulePass.Finalizers)) continue;
            var index = calls.FindIndex(c => c.Function == item.Name);
            if (index >= 0) yield return _callNodes[instance.Id][index];
        }
    }

    /// <summary>The calls a set stands for in <c>A &lt; B</c>: calls it names, and the calls that set up its members.</summary>
    private IEnumerable<int> CallsIn(FlatInstance instance, ObjectSet set)
    {
        var result = new SortedSet<int>();
        foreach (var node in Nodes(instance, set))
        {
            if (_graph.Node(node).IsCall) result.Add(node);
        }
        foreach (var member in set.Members)
        {
            var (owner, port, name) = (instance, member.Port, member.Name);
            var import = instance.FindImport(member.Port)?.Members.FirstOrDefault(m => m.Member == member.Name);
            if (import is not null)
            {
                if (import.Supplier.IsRootImport) continue;
                (owner, port, name) = (_composition.Instances[import.Supplier.Instance], import.Supplier.Port, import.Supplier.Member);
            }
            var calls = CallsOf(owner.Unit);
            for (var i = 0; i < calls.Count; i++)
            {
                if (calls[i].Targets.Contains(UnitObject.Member(port, name))) result.Add(_callNodes[owner.Id][i]);
            }
        }
        return result;
    }
}
