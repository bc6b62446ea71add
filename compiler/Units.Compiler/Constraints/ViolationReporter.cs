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
        var reports = new Dictionary<(SourceLocation, int, int), ConflictReport>();
        var order = new List<(SourceLocation, int, int)>();
        foreach (var conflict in solution.Conflicts)
        {
            var incomingLocation = graph.LocationOf(graph.Reason(conflict.Reason));
            var key = (incomingLocation, Math.Min(conflict.Held, conflict.Incoming), Math.Max(conflict.Held, conflict.Incoming));
            if (!reports.TryGetValue(key, out var report))
            {
                report = new ConflictReport(Diagnostic.Create(DiagnosticDescriptors.NoGreatestLowerBound, incomingLocation, graph.Property, graph.Node(conflict.Node).Describe(),
                    solution.Order.Name(conflict.Held), solution.Order.Name(conflict.Incoming)));
                reports[key] = report;
                order.Add(key);
            }
            else
            {
                report.MoreMembers.Add(graph.Node(conflict.Node).ShortName);
            }
            // One chain per type: why the value is bounded by each of the two (a type counts as
            // explained only once a chain for it is found).
            if (!report.Explained.Contains(conflict.Held) &&
                solution.FindPath(conflict.Node, m => solution.Value(m) == conflict.Held, c => c == conflict.Held) is { } held)
            {
                report.Explained.Add(conflict.Held);
                report.Notes.AddRange(ExplanationWriter.Describe(solution, held).Select(step => new DiagnosticNote(step.Text, step.Location)));
            }
            if (!report.Explained.Contains(conflict.Incoming))
            {
                var incoming = conflict.From < 0
                    ? new BoundPath(conflict.Node, Array.Empty<ConstraintEdge>(), graph.Bounds.First(b => b.Node == conflict.Node && b.Value == conflict.Incoming))
                    : solution.FindPath(conflict.From, m => solution.Value(m) == conflict.Incoming, c => c == conflict.Incoming);
                if (incoming is not null)
                {
                    report.Explained.Add(conflict.Incoming);
                    report.Notes.AddRange(ExplanationWriter.Describe(solution, incoming).Select(step => new DiagnosticNote(step.Text, step.Location)));
                }
            }
        }
        foreach (var key in order)
        {
            var report = reports[key];
            var notes = report.Notes.Distinct().ToList();
            var more = report.MoreMembers.Distinct().ToList();
            if (more.Count > 0) notes.Add(new DiagnosticNote($"the same two bounds also meet at {DiagnosticFormatter.Plural(more.Count, "more member")}: {Display.List(more, max: 3)}", SourceLocation.None));
            diagnostics.Add(report.First.WithNotes(notes));
        }
        return solution.Conflicts.Count > 0;
    }

    private sealed class ConflictReport(Diagnostic first)
    {
        public Diagnostic First { get; } = first;
        public List<DiagnosticNote> Notes { get; } = new();
        public HashSet<int> Explained { get; } = new();
        public List<string> MoreMembers { get; } = new();
    }
}
