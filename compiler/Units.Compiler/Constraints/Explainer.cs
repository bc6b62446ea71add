using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;
using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>The value of one member for one property, and why it has it.</summary>
public sealed record ExplainedValue(string Member, string Property, string Value, IReadOnlyList<ExplanationStep> Steps)
{
    public string Format()
    {
        var lines = new List<string> { $"{Member}: {Property} = {Value}" };
        lines.AddRange(Steps.Select(s => s.Location.IsNone ? $"  {s.Text}" : $"  {DiagnosticFormatter.FormatOrigin(s.Location)}: {s.Text}"));
        return string.Join("\n", lines);
    }
}

/// <summary>What <c>units explain</c> answers: the values asked for, or why the question has no answer.</summary>
public sealed record Explanation(IReadOnlyList<ExplainedValue> Values, string? Error);

/// <summary>
/// Answers "what is the value of property P at instance[.port[.member]], and why": the chain of
/// links and rules from the member down to the rule that set its bound.
/// </summary>
public static class Explainer
{
    public static Explanation Explain(CheckedComposition composition, string target, string property, DesignRules rules)
    {
        if (!rules.Properties.Contains(property))
        {
            return new Explanation(Array.Empty<ExplainedValue>(), $"unknown property '{property}'{Display.DidYouMean(property, rules.Properties)}" +
                (rules.Properties.Count > 0 ? $" (properties: {string.Join(", ", rules.Properties.OrderBy(p => p, StringComparer.Ordinal))})" : string.Empty));
        }
        var members = FindMembers(composition.Flat, target, out var error);
        if (error is not null) return new Explanation(Array.Empty<ExplainedValue>(), error);
        composition.Rules.Solutions.TryGetValue(property, out var solution);
        var values = members.Select(m => ExplainMember(composition.Flat, solution, rules.Order, property, m)).ToList();
        return new Explanation(values, null);
    }

    /// <summary>A member to explain: of an atomic instance, or of a compound instance's port.</summary>
    private sealed record Target(string Name, FlatInstance? Instance, CompoundNode? Compound, PortSymbol Port, string Member);

    private static List<Target> FindMembers(FlatComposition flat, string target, out string? error)
    {
        error = null;
        var parts = target.Split('.');
        var instance = flat.FindInstance(parts[0]);
        var compound = instance is null ? flat.Compounds.FirstOrDefault(c => c.Name == parts[0]) : null;
        if (instance is null && compound is null || parts.Length > 3)
        {
            var names = flat.Instances.Select(i => i.Name).Concat(flat.Compounds.Select(c => c.Name));
            error = parts.Length > 3
                ? $"'{target}' is not instance[.port[.member]]"
                : $"no instance '{parts[0]}' in {flat.Root.Name}{Display.DidYouMean(parts[0], names)}";
            return new List<Target>();
        }
        var unit = instance?.Unit ?? (UnitSymbol)compound!.Unit;
        var name = instance?.Name ?? compound!.Name;
        var ports = unit.Ports.ToList();
        if (parts.Length > 1)
        {
            var port = unit.FindPort(parts[1]);
            if (port is null)
            {
                error = $"{name} ({unit.Name}) has no port '{parts[1]}'{Display.DidYouMean(parts[1], ports.Select(p => p.Name))}";
                return new List<Target>();
            }
            ports = new List<PortSymbol> { port };
        }
        var result = new List<Target>();
        foreach (var port in ports)
        {
            var memberNames = MemberNames(instance, port);
            if (parts.Length > 2)
            {
                if (!memberNames.Contains(parts[2]))
                {
                    error = $"port '{port.Name}' of {name} has no member '{parts[2]}'{Display.DidYouMean(parts[2], memberNames)}";
                    return new List<Target>();
                }
                memberNames = new List<string> { parts[2] };
            }
            result.AddRange(memberNames.Select(m => new Target($"{name}.{port.Name}.{m}", instance, compound, port, m)));
        }
        return result;
    }

    private static List<string> MemberNames(FlatInstance? instance, PortSymbol port) =>
        port.Bundle.IsOpen && instance is not null
            ? instance.FindImport(port.Name)?.Members.Select(m => m.Member).ToList() ?? new List<string>()
            : port.Bundle.Members.Select(m => m.Name).ToList();

    private static ExplainedValue ExplainMember(FlatComposition flat, PropertySolution? solution, TypeOrder order, string property, Target target)
    {
        var node = solution is null ? null : NodeOf(flat, solution.Graph, target);
        if (solution is null || node is null || solution.Value(node.Value) == TypeOrder.Top)
        {
            return new ExplainedValue(target.Name, property, order.Name(TypeOrder.Top),
                new[] { new ExplanationStep("no rule bounds it, so it may take any value", SourceLocation.None) });
        }
        var id = node.Value;
        if (solution.IsConflicted(id))
        {
            return new ExplainedValue(target.Name, property, "conflicting",
                new[] { new ExplanationStep("its bounds have no greatest lower bound (see the UNIT0604 error)", SourceLocation.None) });
        }
        var path = solution.WhyValue(id);
        if (path is not null) return new ExplainedValue(target.Name, property, solution.ValueName(id), ExplanationWriter.Describe(solution, path));
        // The value is the greatest lower bound of several bounds: explain each of them.
        var steps = new List<ExplanationStep>();
        var bounds = TightBounds(solution, id);
        steps.Add(new ExplanationStep($"it is the greatest lower bound of {string.Join(" and ", bounds.Select(order.Name))}", SourceLocation.None));
        foreach (var bound in bounds)
        {
            // The chain to a bound passes only through values at or below it.
            var boundPath = solution.FindPath(id, m => order.LessOrEqual(solution.Value(m), bound), c => c == bound);
            if (boundPath is not null) steps.AddRange(ExplanationWriter.Describe(solution, boundPath));
        }
        return new ExplainedValue(target.Name, property, solution.ValueName(id), steps);
    }

    /// <summary>
    /// The constant bounds that reach a node (through any chain of upper edges) and are not above
    /// another one that does: the bounds whose greatest lower bound is its value.
    /// </summary>
    private static List<int> TightBounds(PropertySolution solution, int start)
    {
        var constants = new SortedSet<int>();
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var bound in solution.BoundsOf(node)) constants.Add(bound.Value);
            foreach (var (to, _) in solution.Graph.Upper.Of(node))
            {
                if (seen.Add(to)) queue.Enqueue(to);
            }
        }
        var order = solution.Order;
        return constants.Where(c => !constants.Any(other => other != c && order.LessOrEqual(other, c))).ToList();
    }

    private static int? NodeOf(FlatComposition flat, ConstraintGraph graph, Target target)
    {
        if (target.Instance is not null) return graph.FindMember(target.Instance.Id, target.Port.Name, target.Member);
        var connection = flat.ResolveCompoundMember(target.Compound!, target.Port, target.Member);
        return connection is null ? null : graph.FindMember(connection.Supplier.Instance, connection.Supplier.Port, connection.Supplier.Member);
    }
}
