using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Flattening;

/// <summary>
/// Follows a name in a compound to the atomic export that supplies it, one member at a time:
/// through unions, into compound instances (their export names), out to the parent (the
/// compound's imports) and up to the root's imports. Results are memoised for every name a
/// walk passes, so the whole graph resolves in time linear in its links.
/// </summary>
internal sealed class LinkResolver
{
    private readonly CompoundNode _root;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<(int Node, string Wire, string Member), Resolution?> _memo = new();

    private sealed record Resolution(Supplier Supplier, LinkRoute Route);

    public LinkResolver(CompoundNode root, DiagnosticBag diagnostics)
    {
        _root = root;
        _diagnostics = diagnostics;
    }

    public FlatPortConnection ResolvePort(CompoundNode context, PortSymbol port, string wireName, string who, SourceLocation? usedAt = null)
    {
        var wire = context.Unit.FindWire(wireName);
        // An open port (inline unit) takes whatever the name provides.
        var members = port.Bundle.IsOpen
            ? wire?.Members.Keys.OrderBy(k => k, StringComparer.Ordinal) ?? Enumerable.Empty<string>()
            : port.Bundle.Members.Select(m => m.Name);
        var connections = new List<FlatMemberConnection>();
        foreach (var member in members)
        {
            var resolution = Resolve(context, wireName, member, who, usedAt);
            if (resolution is not null) connections.Add(new FlatMemberConnection(member, resolution.Supplier, resolution.Route));
        }
        return new FlatPortConnection(port, connections.ToEquatableArray());
    }

    // Reused by every walk (cleared each time): resolution runs once per import member.
    private readonly List<((int, string, string) Key, RouteStep Step)> _visited = new();
    private readonly HashSet<(int, string, string)> _onPath = new();

    public FlatMemberConnection? ResolveMember(CompoundNode context, string wireName, string member, string who)
    {
        var resolution = Resolve(context, wireName, member, who);
        return resolution is null ? null : new FlatMemberConnection(member, resolution.Supplier, resolution.Route);
    }

    private Resolution? Resolve(CompoundNode startNode, string startWire, string member, string who, SourceLocation? usedAt = null)
    {
        var visited = _visited;
        var onPath = _onPath;
        visited.Clear();
        onPath.Clear();
        var node = startNode;
        var wireName = startWire;
        Resolution? result = null;
        while (true)
        {
            var key = (node.Id, wireName, member);
            if (_memo.TryGetValue(key, out var known))
            {
                // The memoised route starts with this name; where it is used depends on how this walk arrived.
                result = known?.Route.Step is { } first && first.UsedAt != usedAt
                    ? known with { Route = new LinkRoute(first with { UsedAt = usedAt }, known.Route.Rest) }
                    : known;
                break;
            }
            if (!onPath.Add(key))
            {
                ReportLoop(member, who, visited.Select(v => v.Step));
                break;
            }
            var wire = node.Unit.FindWire(wireName);
            if (wire is null) break; // an unknown name: reported by the binder
            visited.Add((key, new RouteStep(node, wire, usedAt)));
            if (!Step(ref node, ref wireName, ref member, ref usedAt, wire, out result)) break;
            if (result is not null) break;
        }
        // Memoise every name the walk passed, each with its own tail of the route.
        for (var i = visited.Count - 1; i >= 0; i--)
        {
            if (result is not null) result = result with { Route = new LinkRoute(visited[i].Step, result.Route) };
            _memo[visited[i].Key] = result;
        }
        return result;
    }

    /// <summary>Moves one hop; false when the walk cannot go on (the binder reported why).</summary>
    private bool Step(ref CompoundNode node, ref string wireName, ref string member, ref SourceLocation? usedAt, Wire wire, out Resolution? result)
    {
        result = null;
        usedAt = null;
        switch (wire.Kind)
        {
            case WireKind.Bundle:
                // A member of a bundle argument is a member of another name, under its own name there.
                if (!wire.Members.TryGetValue(member, out var source)) return false;
                wireName = source.From.Name;
                member = wire.SourceMembers[member];
                return true;
            case WireKind.Union:
                var part = wire.Members.TryGetValue(member, out var entry) ? entry.From : wire.Parts.FirstOrDefault(p => p.IsOpen);
                if (part is null) return false;
                wireName = part.Name;
                return true;
            case WireKind.CompoundImport:
                if (node == _root)
                {
                    result = new Resolution(Supplier.RootImport(wireName, member), LinkRoute.Empty);
                    return true;
                }
                var binding = node.Link!.FindImport(wireName);
                if (binding is null) return false;
                wireName = binding.Wire;
                usedAt = binding.Location;
                node = node.Parent!;
                return true;
            default:
                var child = wire.Instance is null ? null : node.Children[wire.Instance.Index];
                if (child is FlatInstance atomic)
                {
                    result = new Resolution(new Supplier(atomic.Id, wire.Port!.Name, member), LinkRoute.Empty);
                    return true;
                }
                if (child is not CompoundNode inner) return false;
                node = inner;
                wireName = wire.Port!.Name;
                return true;
        }
    }

    private void ReportLoop(string member, string who, IEnumerable<RouteStep> steps)
    {
        var list = steps.ToList();
        var location = list.Count > 0 ? list[0].Location : SourceLocation.None;
        var names = Display.Chain(list.Select(s => $"{s.Compound}.{s.Name}"));
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkLoop, location, member, who, names)
            .WithNotes(list.Skip(1).Select(s => new DiagnosticNote($"'{s.Name}' in '{s.Compound}'", s.Location))));
    }
}
