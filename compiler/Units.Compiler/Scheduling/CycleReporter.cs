using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Scheduling;

/// <summary>
/// Keeps cycle reports unique across every root checked (one per root cause). A finalizer cycle
/// made by the same clauses as a reported initializer cycle (the usual 'inits + finis needs'
/// case) is the same root cause: it becomes a note on that report, not a second error.
/// </summary>
public sealed class CycleLog
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _initializerCycles = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>How many cycles the component being reported has added (repeats of earlier reports not counted).</summary>
    internal int AddedInComponent { get; private set; }

    /// <param name="key">The cycle, by every location its notes name.</param>
    /// <param name="clauses">The cycle, by the depends clauses and links that make it (not its calls).</param>
    internal void Add(string key, string clauses, SchedulePass pass, Func<Diagnostic> create, Func<DiagnosticNote> sameAsInitializers)
    {
        if (!_keys.Add(key)) return;
        if (pass == SchedulePass.Finalizers && _initializerCycles.TryGetValue(clauses, out var index))
        {
            var note = sameAsInitializers();
            _diagnostics[index] = _diagnostics[index].WithNote(note.Message, note.Location);
            return;
        }
        if (pass == SchedulePass.Initializers) _initializerCycles[clauses] = _diagnostics.Count;
        _diagnostics.Add(create());
        AddedInComponent++;
    }

    /// <summary>Adds a note to the last report of the current component.</summary>
    internal void NoteOnLast(string message)
    {
        if (AddedInComponent == 0) return;
        _diagnostics[_diagnostics.Count - 1] = _diagnostics[_diagnostics.Count - 1].WithNote(message, SourceLocation.None);
    }

    internal void EndComponent() => AddedInComponent = 0;
}

/// <summary>
/// Describes the cycles of one strongly connected set of calls. Each link on a cycle is one way
/// the wiring closes a loop (two units linked through two ports make two loops, each needing its
/// own fix), so cycles are reported until every such link is on one; cycles that differ only
/// inside one instance (through a member or through its initializer) are the same loop and are
/// not repeated. Every report lists each edge of its cycle with the clause behind it.
/// </summary>
internal static class CycleReporter
{
    /// <summary>Beyond this many cycles in one component, the rest are counted in a note.</summary>
    private const int MaxCyclesPerComponent = 10;

    public static void ReportComponent(RequirementGraph graph, int start, int[] component, CycleLog log)
    {
        var inComponent = component[start];
        bool Inside(int n) => component[n] == inComponent;
        var covered = new HashSet<(FlatInstance Importer, string Port)>();
        var first = Path(graph, start, n => n == start, Inside);
        if (first is not null) Report(graph, first, covered, log, focus: null);
        var skipped = 0;
        foreach (var (from, to, reason, link) in LinkEdges(graph, Inside))
        {
            if (covered.Contains((link.Importer, link.Port))) continue;
            var cycle = CycleThrough(graph, (from, to, reason), Inside);
            if (cycle is null) continue;
            if (log.AddedInComponent >= MaxCyclesPerComponent)
            {
                skipped++;
                covered.Add((link.Importer, link.Port));
                continue;
            }
            Report(graph, cycle, covered, log, link);
        }
        if (skipped > 0) log.NoteOnLast($"{skipped} more links close loops among these calls; fix the loops above and check again");
        log.EndComponent();
    }

    /// <summary>The edges of the component that are links, in node order (so reports are deterministic).</summary>
    private static IEnumerable<(int From, int To, int Reason, LinkRequirement Link)> LinkEdges(RequirementGraph graph, Func<int, bool> inside)
    {
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (!inside(node)) continue;
            foreach (var (to, reason) in graph.Requires.Of(node))
            {
                if (inside(to) && graph.Reason(reason) is LinkRequirement link) yield return (node, to, reason, link);
            }
        }
    }

    /// <summary>
    /// The shortest cycle through an edge that passes through a call (a loop among members only
    /// orders nothing), read from its first call; null when the edge is on no such cycle.
    /// </summary>
    private static List<(int From, int To, int Reason)>? CycleThrough(RequirementGraph graph, (int From, int To, int Reason) edge,
        Func<int, bool> inside)
    {
        var back = edge.To == edge.From ? new List<(int From, int To, int Reason)>() : Path(graph, edge.To, n => n == edge.From, inside);
        if (back is null) return null;
        var cycle = new List<(int From, int To, int Reason)> { edge };
        cycle.AddRange(back);
        if (!cycle.Any(e => graph.Node(e.From).IsCall))
        {
            // Through the call nearest to the edge instead.
            var toCall = graph.Node(edge.To).IsCall ? new List<(int From, int To, int Reason)>() : Path(graph, edge.To, n => graph.Node(n).IsCall, inside);
            var call = toCall is null ? -1 : toCall.Count == 0 ? edge.To : toCall[toCall.Count - 1].To;
            var fromCall = call < 0 ? null : call == edge.From ? new List<(int From, int To, int Reason)>() : Path(graph, call, n => n == edge.From, inside);
            if (fromCall is null) return null;
            cycle = new List<(int From, int To, int Reason)> { edge };
            cycle.AddRange(toCall!);
            cycle.AddRange(fromCall);
        }
        var at = cycle.FindIndex(e => graph.Node(e.From).IsCall);
        return cycle.Skip(at).Concat(cycle.Take(at)).ToList();
    }

    /// <param name="focus">The link this report is about when the component's first report did not cover it: it locates the report.</param>
    private static void Report(RequirementGraph graph, List<(int From, int To, int Reason)> cycle, HashSet<(FlatInstance Importer, string Port)> covered,
        CycleLog log, LinkRequirement? focus)
    {
        var notes = new List<DiagnosticNote>();
        var clauseLocations = new List<string>(); // of the depends clauses and links, not the calls
        SourceLocation? closing = null;
        var closingDepth = int.MaxValue;
        for (var i = 0; i < cycle.Count; i++)
        {
            var (from, to, reason) = cycle[i];
            // A "needs" rule passes through its helper node: the two edges are one step.
            if (IsHelper(graph, to) && i + 1 < cycle.Count && cycle[i + 1].Reason == reason) to = cycle[++i].To;
            foreach (var note in Describe(graph, from, to, graph.Reason(reason)))
            {
                notes.Add(note);
                if (graph.Reason(reason) is not CallRequirement) clauseLocations.Add(note.Location.ToString());
            }
            if (graph.Reason(reason) is not LinkRequirement link) continue;
            covered.Add((link.Importer, link.Port));
            foreach (var step in link.Route.Steps)
            {
                if (step.Node.Depth >= closingDepth) continue;
                closingDepth = step.Node.Depth;
                closing = step.UsedAt ?? step.Location;
            }
        }
        var start = cycle[0].From;
        var calls = cycle.Select(e => e.From).Where(n => graph.Node(n).IsCall).Append(start).Select(n => graph.Node(n).Name);
        var location = closing ?? graph.Node(start).Call!.Location;
        var chain = Display.Chain(calls);
        if (focus is not null)
        {
            location = focus.Importer.Link?.FindImport(focus.Port)?.Location ?? location;
            chain += $" (the loop through {focus.Importer.Name}.{focus.Port})";
        }
        var key = string.Join("|", notes.Select(n => n.Location.ToString()).Distinct().OrderBy(s => s, StringComparer.Ordinal));
        var clauses = string.Join("|", clauseLocations.Distinct().OrderBy(s => s, StringComparer.Ordinal));
        var descriptor = graph.Pass == SchedulePass.Initializers ? DiagnosticDescriptors.InitializerCycle : DiagnosticDescriptors.FinalizerCycle;
        log.Add(key, clauses, graph.Pass, () => Diagnostic.Create(descriptor, location, chain).WithNotes(notes),
            () => new DiagnosticNote($"the finalizers form the same cycle: {chain}", location));
    }

    /// <summary>
    /// The shortest path of edges from <paramref name="start"/> to the nearest node that is an
    /// end, inside the component (the start itself counts only when the path returns to it).
    /// </summary>
    private static List<(int From, int To, int Reason)>? Path(RequirementGraph graph, int start, Func<int, bool> isEnd, Func<int, bool> inside)
    {
        var arrived = new Dictionary<int, (int From, int Reason)>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (to, reason) in graph.Requires.Of(node))
            {
                if (!inside(to)) continue;
                if (isEnd(to))
                {
                    var edges = new List<(int, int, int)> { (node, to, reason) };
                    for (var at = node; at != start; at = arrived[at].From) edges.Add((arrived[at].From, at, arrived[at].Reason));
                    edges.Reverse();
                    return edges;
                }
                if (to == start || arrived.ContainsKey(to)) continue;
                arrived[to] = (node, reason);
                queue.Enqueue(to);
            }
        }
        return null;
    }

    private static IEnumerable<DiagnosticNote> Describe(RequirementGraph graph, int from, int to, Requirement reason)
    {
        string Name(int n) => graph.Node(n).Name;
        switch (reason)
        {
            case CallRequirement call:
                var verb = call.Call.IsFinalizer ? "finalized" : "initialized";
                yield return new DiagnosticNote($"{Name(from)} is {verb} by {Name(to)}", call.Call.Location);
                break;
            case CallUsesRequirement uses:
                yield return new DiagnosticNote($"{Name(from)} calls {Name(to)}", uses.Call.Location);
                break;
            case CallNeedsImportRequirement needs:
                yield return new DiagnosticNote($"{Name(from)} is for {Name(to)}, an import, so it needs it", needs.Call.Location);
                break;
            case DependsRequirement depends:
                var verb2 = depends.Rule.Kind == DependsKind.Needs ? "needs" : "runs after";
                yield return new DiagnosticNote($"{depends.Unit} says '{depends.Rule.Text}' for {depends.Instance}: {Name(from)} {verb2} {Name(to)}",
                    depends.Rule.Location);
                break;
            case LinkRequirement link:
                yield return new DiagnosticNote($"{Name(from)} is supplied by {Name(to)}",
                    link.Importer.Link?.FindImport(link.Port)?.Location ?? link.Importer.Location);
                foreach (var step in link.Route.Steps)
                {
                    yield return new DiagnosticNote($"through '{step.Name}' in {step.Compound} ({step.Node.Name}): {step.Description}", step.UsedAt ?? step.Location);
                }
                break;
        }
    }

    private static bool IsHelper(RequirementGraph graph, int node)
    {
        var n = graph.Node(node);
        return n.Instance is null && !n.IsCall && n.Port.Length == 0;
    }
}
