using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>One located sentence of an explanation.</summary>
public sealed record ExplanationStep(string Text, SourceLocation Location);

/// <summary>
/// Turns a chain of edges into sentences a reader can follow without knowing the solver: each
/// link (with every name in every compound it passes) and each rule, ending at the rule that
/// sets the bound.
/// </summary>
internal static class ExplanationWriter
{
    public static List<ExplanationStep> Describe(PropertySolution solution, BoundPath path)
    {
        var graph = solution.Graph;
        var steps = new List<ExplanationStep>();
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var edge = path.Edges[i];
            switch (graph.Reason(edge.Reason))
            {
                case LinkReason link:
                    AddLink(steps, graph, edge, link);
                    break;
                case RuleReason rule:
                    var to = edge.To;
                    // A set-to-set rule passes through its helper node: the two edges are one step.
                    if (graph.Node(to).Kind == ConstraintNodeKind.Rule && i + 1 < path.Edges.Count && path.Edges[i + 1].Reason == edge.Reason)
                    {
                        to = path.Edges[++i].To;
                    }
                    var consequence = graph.Node(edge.From).Kind == ConstraintNodeKind.Rule
                        ? $"so its left side is at most {Name(graph, to)}"
                        : $"so {Name(graph, edge.From)} <= {Name(graph, to)}";
                    steps.Add(new ExplanationStep($"{rule.Rule.Unit.Name} requires '{rule.Rule.Rule.Text}' for {rule.Instance}, {consequence}",
                        rule.Rule.Rule.Location));
                    break;
            }
        }
        var bound = path.Bound;
        var boundRule = (RuleReason)graph.Reason(bound.Reason);
        steps.Add(new ExplanationStep(
            $"{boundRule.Rule.Unit.Name} requires '{boundRule.Rule.Rule.Text}' for {boundRule.Instance}: {Name(graph, bound.Node)} is at most {solution.Order.Name(bound.Value)}",
            boundRule.Rule.Rule.Location));
        return steps;
    }

    private static void AddLink(List<ExplanationStep> steps, ConstraintGraph graph, ConstraintEdge edge, LinkReason link)
    {
        var fromNode = graph.Node(edge.From);
        var fromIsImport = fromNode.Kind == ConstraintNodeKind.Member && fromNode.Instance == link.Owner && fromNode.Port == link.Port;
        var text = fromIsImport
            ? $"{Name(graph, edge.From)} is supplied by {Name(graph, edge.To)}"
            : $"{Name(graph, edge.From)} supplies {Name(graph, edge.To)}";
        var location = graph.LocationOf(link);
        steps.Add(new ExplanationStep(text, location));
        var routeSteps = link.Route.Steps.ToList();
        if (!fromIsImport) routeSteps.Reverse();
        foreach (var step in routeSteps)
        {
            var at = step.UsedAt ?? step.Location;
            if (at == steps[steps.Count - 1].Location) at = step.Location;
            steps.Add(new ExplanationStep($"through '{step.Name}' in {step.Compound} ({step.Node.Name}): {step.Description}", at));
        }
    }

    public static string Name(ConstraintGraph graph, int node) => graph.Node(node).ShortName;

    /// <summary>The place where a path crosses the compound nearest the root: where the parts it connects meet.</summary>
    public static SourceLocation? ClosingLocation(ConstraintGraph graph, BoundPath path)
    {
        RouteStepChoice? best = null;
        foreach (var edge in path.Edges)
        {
            if (graph.Reason(edge.Reason) is not LinkReason link) continue;
            foreach (var step in link.Route.Steps)
            {
                if (best is null || step.Node.Depth < best.Depth) best = new RouteStepChoice(step.Node.Depth, step.UsedAt ?? step.Location);
            }
        }
        return best?.Location;
    }

    private sealed record RouteStepChoice(int Depth, SourceLocation Location);
}
