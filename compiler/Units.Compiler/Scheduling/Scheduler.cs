using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;

namespace Units.Compiler.Scheduling;

/// <summary>
/// Orders initializers so each runs after everything it needs (transitively, through links),
/// and finalizers in the reverse of the order their own needs allow. A call that needs itself
/// is part of a cycle: every link that closes a cycle is reported once, with every edge of its
/// cycle and the clause behind each.
/// Among calls free to run, source order wins, so the schedule reads like the unit files.
/// </summary>
public static class Scheduler
{
    public static Schedule Run(FlatComposition composition, CycleLog cycles)
    {
        var links = new List<LinkRequirement>();
        var initializers = Order(RequirementGraphBuilder.Build(composition, SchedulePass.Initializers, links), cycles);
        var finalizers = Order(RequirementGraphBuilder.Build(composition, SchedulePass.Finalizers, links), cycles);
        finalizers.Reverse();
        return new Schedule(initializers, finalizers);
    }

    /// <summary>
    /// Tarjan numbers components so that what a component requires has a smaller number, and it
    /// starts from the calls in source order; so calls sorted by component number run after all
    /// they need, and otherwise in source order. Calls in a cyclic component are reported.
    /// </summary>
    private static List<ScheduledCall> Order(RequirementGraph graph, CycleLog cycles)
    {
        var component = Graphs.StronglyConnectedComponents(graph.Requires);
        var size = new int[graph.NodeCount == 0 ? 0 : component.Max() + 1];
        foreach (var c in component) size[c]++;
        var calls = Enumerable.Range(0, graph.CallCount).ToList(); // calls are nodes 0..CallCount-1
        var cyclic = calls.Where(n => size[component[n]] > 1 || HasEdgeTo(graph, n, n)).ToList();
        foreach (var group in cyclic.GroupBy(n => component[n])) CycleReporter.ReportComponent(graph, group.Min(), component, cycles);
        var excluded = new HashSet<int>(cyclic);
        return calls.Where(n => !excluded.Contains(n))
            .OrderBy(n => component[n]).ThenBy(n => n)
            .Select(n => Call(graph, n))
            .ToList();
    }

    /// <summary>The call a node stands for; a call of another's function says which member supplies it.</summary>
    private static ScheduledCall Call(RequirementGraph graph, int node)
    {
        var requirement = graph.Node(node);
        var call = new ScheduledCall(requirement.Instance, requirement.Call!) { Compound = requirement.Compound };
        if (!requirement.Call!.IsOwned) return call;
        foreach (var (target, reason) in graph.Requires.Of(node))
        {
            if (graph.Reason(reason) is not CallUsesRequirement) continue;
            // The function's node is the member the call uses: follow its link to the export behind it.
            var function = graph.Node(target);
            var supplier = FollowLinks(graph, target) ?? (function.Instance is null ? null : new Supplier(function.Instance.Id, function.Port, function.Member));
            return call with { Function = supplier };
        }
        return call;
    }

    /// <summary>From an import member's node, the export member (or root import) its link leads to.</summary>
    private static Supplier? FollowLinks(RequirementGraph graph, int node)
    {
        for (var steps = 0; steps < graph.NodeCount; steps++)
        {
            var next = -1;
            foreach (var (target, reason) in graph.Requires.Of(node))
            {
                if (graph.Reason(reason) is LinkRequirement) next = target;
            }
            if (next < 0)
            {
                var found = graph.Node(node);
                if (found.IsCall || found.Port.Length == 0) return null;
                return found.Instance is null ? Supplier.RootImport(found.Port, found.Member) : new Supplier(found.Instance.Id, found.Port, found.Member);
            }
            node = next;
        }
        return null;
    }

    private static bool HasEdgeTo(RequirementGraph graph, int from, int to)
    {
        foreach (var (target, _) in graph.Requires.Of(from))
        {
            if (target == to) return true;
        }
        return false;
    }
}
