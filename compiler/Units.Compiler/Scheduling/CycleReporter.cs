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

    /// <param name="key">The cycle, by every location its notes name.</param>
    /// <param name="clauses">The cycle, by the depends clauses and links that make it (not its calls).</param>
    internal void Add(string key, string clauses, SchedulePass pass, Func<Diagnostic> create, Func<DiagnosticNote> sameAsInitializers)
    {
        if (!_keys.Add(key)) return;
        if (pass == SchedulePass.Finalizers && _initializerCycles.TryGetValue(clauses, out var index))
        {
            _diagnostics[index] = _diagnostics[index].WithNote(sameAsInitializers().Message, sameAsInitializers().Location);
            return;
        }
        if (pass == SchedulePass.Initializers) _initializerCycles[clauses] = _diagnostics.Count;
        _diagnostics.Add(create());
    }
}

/// <summary>Describes one cycle through a call: the calls in it, and every edge with the clause behind it.</summary>
internal static class CycleReporter
{
    public static void Report(RequirementGraph graph, int start, int[] component, CycleLog log)
    {
        var inComponent = component[start];
        var cycle = FindCycle(graph, start, n => component[n] == inComponent);
        if (cycle is null) return;
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
            foreach (var step in link.Route.Steps)
            {
                if (step.Node.Depth >= closingDepth) continue;
                closingDepth = step.Node.Depth;
                closing = step.UsedAt ?? step.Location;
            }
        }
        var calls = cycle.Select(e => e.From).Where(n => graph.Node(n).IsCall).Append(start).Select(n => graph.Node(n).Name);
        var location = closing ?? graph.Node(start).Call!.Location;
        var key = string.Join("|", notes.Select(n => n.Location.ToString()).Distinct().OrderBy(s => s, StringComparer.Ordinal));
        var clauses = string.Join("|", clauseLocations.Distinct().OrderBy(s => s, StringComparer.Ordinal));
        var descriptor = graph.Pass == SchedulePass.Initializers ? DiagnosticDescriptors.InitializerCycle : DiagnosticDescriptors.FinalizerCycle;
        log.Add(key, clauses, graph.Pass, () => Diagnostic.Create(descriptor, location, Display.Chain(calls)).WithNotes(notes),
            () => new DiagnosticNote($"the finalizers form the same cycle: {Display.Chain(calls)}", location));
    }

    /// <summary>The shortest cycle from <paramref name="start"/> back to itself, as edges.</summary>
    private static List<(int From, int To, int Reason)>? FindCycle(RequirementGraph graph, int start, Func<int, bool> inside)
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
                if (to == start)
                {
                    var edges = new List<(int, int, int)> { (node, to, reason) };
                    for (var at = node; at != start; at = arrived[at].From) edges.Add((arrived[at].From, at, arrived[at].Reason));
                    edges.Reverse();
                    return edges;
                }
                if (arrived.ContainsKey(to)) continue;
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
            case DependsRequirement depends:
                var verb2 = depends.Rule.Kind == DependsKind.Needs ? "needs" : "runs after";
                yield return new DiagnosticNote($"{depends.Instance.Unit.Name} says '{depends.Rule.Text}' for {depends.Instance.Name}: {Name(from)} {verb2} {Name(to)}",
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
