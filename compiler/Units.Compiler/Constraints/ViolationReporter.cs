using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>
/// Checks the lower bounds against the solved values. Each failure is explained by the shortest
/// chain of bounds that pushes the value too low, and logged under its root cause.
/// </summary>
internal static class ViolationReporter
{
    public static void Report(PropertySolution solution, ViolationLog log, DiagnosticBag diagnostics, List<ViolationPath> paths)
    {
        var graph = solution.Graph;
        var order = solution.Order;
        if (ReportConflicts(solution, diagnostics)) return; // values after a conflict are not trustworthy
        foreach (var check in graph.Checks)
        {
            var node = check.Node;
            if (solution.IsConflicted(node) || order.LessOrEqual(check.Value, solution.Value(node))) continue;
            var path = solution.FindPath(node, m => !order.LessOrEqual(check.Value, solution.Value(m)), c => !order.LessOrEqual(check.Value, c));
            if (path is null) continue;
            var checkRule = (RuleReason)graph.Reason(check.Reason);
            var boundRule = (RuleReason)graph.Reason(path.Bound.Reason);
            var closing = ExplanationWriter.ClosingLocation(graph, path) ?? checkRule.Rule.Rule.Location;
            paths.Add(PathOf(graph, path));
            log.Add((checkRule.Rule.Rule.Location, boundRule.Rule.Rule.Location), graph.Node(node).ShortName, () =>
            {
                var steps = new List<ExplanationStep>
                {
                    new($"{checkRule.Rule.Unit.Name} requires '{checkRule.Rule.Rule.Text}' for {checkRule.Instance}: this is the check that fails",
                        checkRule.Rule.Rule.Location),
                };
                steps.AddRange(ExplanationWriter.Describe(solution, path));
                return Diagnostic.Create(DiagnosticDescriptors.ConstraintViolated, closing, graph.Property, graph.Composition.Root.Name,
                        graph.Node(node).Describe(), ">=", order.Name(check.Value), solution.ValueName(node))
                    .WithNotes(steps.Select(s => new DiagnosticNote(s.Text, s.Location)));
            });
        }
    }

    private static ViolationPath PathOf(ConstraintGraph graph, BoundPath path)
    {
        var nodes = new[] { path.Start }.Concat(path.Edges.Select(e => e.To)).Select(graph.Node).ToList();
        var instances = nodes.Where(n => n.Kind != ConstraintNodeKind.RootImport).Select(n => n.Instance).Distinct().ToEquatableArray();
        var links = path.Edges.Where(e => graph.Reason(e.Reason) is LinkReason)
            .Select(e => (graph.Node(e.From), graph.Node(e.To)))
            .Select(p => p.Item1.IsImport && p.Item1.Instance != p.Item2.Instance ? (p.Item1.Instance, p.Item2.Instance) : (p.Item2.Instance, p.Item1.Instance))
            .Distinct().ToEquatableArray();
        return new ViolationPath(graph.Property, instances, links);
    }

    /// <summary>
    /// Reports values without a greatest lower bound; true when any was found. Conflicts met at the
    /// same rule between the same two types are one root cause (an '=' rule meets them from both
    /// sides): one report, with the chain behind each type.
    /// </summary>
    private static bool ReportConflicts(PropertySolution solution, DiagnosticBag diagnostics)
    {
        var graph = solution.Graph;
        var reports = new Dictionary<(SourceLocation, int, int), (Diagnostic First, List<DiagnosticNote> Notes)>();
        var order = new List<(SourceLocation, int, int)>();
        foreach (var conflict in solution.Conflicts)
        {
            var held = solution.FindPath(conflict.Node, m => solution.Value(m) == conflict.Held, c => c == conflict.Held);
            var incoming = conflict.From < 0
                ? new BoundPath(conflict.Node, Array.Empty<ConstraintEdge>(), graph.Bounds.First(b => b.Node == conflict.Node && b.Value == conflict.Incoming))
                : solution.FindPath(conflict.From, m => solution.Value(m) == conflict.Incoming, c => c == conflict.Incoming);
            var incomingLocation = graph.LocationOf(graph.Reason(conflict.Reason));
            var key = (incomingLocation, Math.Min(conflict.Held, conflict.Incoming), Math.Max(conflict.Held, conflict.Incoming));
            if (!reports.TryGetValue(key, out var report))
            {
                report = (Diagnostic.Create(DiagnosticDescriptors.NoGreatestLowerBound, incomingLocation, graph.Property, graph.Node(conflict.Node).Describe(),
                    solution.Order.Name(conflict.Held), solution.Order.Name(conflict.Incoming)), new List<DiagnosticNote>());
                reports[key] = report;
                order.Add(key);
            }
            foreach (var path in new[] { held, incoming })
            {
                if (path is null) continue;
                foreach (var step in ExplanationWriter.Describe(solution, path))
                {
                    var note = new DiagnosticNote(step.Text, step.Location);
                    if (!report.Notes.Contains(note)) report.Notes.Add(note);
                }
            }
        }
        foreach (var key in order) diagnostics.Add(reports[key].First.WithNotes(reports[key].Notes));
        return solution.Conflicts.Count > 0;
    }
}
