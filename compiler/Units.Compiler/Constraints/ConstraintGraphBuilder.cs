using Units.Compiler.Binding;
using Units.Compiler.Flattening;

namespace Units.Compiler.Constraints;

/// <summary>
/// Builds the graph of one property: links make an import member and its supplier share one
/// value (an edge each way); each rule of each instance adds edges or bounds. A set-to-set rule
/// goes through one helper node, so <c>exports &lt;= imports</c> costs |exports| + |imports| edges.
/// </summary>
internal static class ConstraintGraphBuilder
{
    /// <summary>
    /// The part of every property's graph that the links make: the same for all properties, so
    /// it is built once per composition and copied for each (a dense composition has millions of
    /// link edges and only thousands of rules).
    /// </summary>
    public static ConstraintGraph BuildLinks(FlatComposition composition)
    {
        var graph = new ConstraintGraph(string.Empty, composition);
        foreach (var instance in composition.Instances)
        {
            foreach (var port in instance.Imports)
            {
                var usedAt = instance.Link?.FindImport(port.Port.Name)?.Location ?? instance.Location;
                foreach (var connection in port.Members)
                {
                    var import = graph.MemberNode(instance.Id, port.Port.Name, connection.Member, isImport: true);
                    var supplier = SupplierNode(graph, connection.Supplier);
                    var reason = graph.AddReason(new LinkReason(instance.Name, port.Port.Name, connection.Member, connection.Route, usedAt));
                    graph.AddUpper(import, supplier, reason);
                    graph.AddUpper(supplier, import, reason);
                }
            }
        }
        return graph;
    }

    /// <summary>Adds the rules of one property (the graph's) to a copy of the links' graph.</summary>
    public static ConstraintGraph AddRules(ConstraintGraph graph, FlatComposition composition, DesignRules rules)
    {
        var property = graph.Property;
        foreach (var instance in composition.Instances)
        {
            foreach (var rule in rules.RulesOf(instance.Unit).Where(r => r.Property == property))
            {
                Instantiate(graph, rule, instance.Name, o => graph.MemberNode(instance.Id, o.Port, o.Name, IsImport(instance.Unit, o.Port)));
            }
        }
        foreach (var compound in composition.Compounds)
        {
            foreach (var rule in rules.RulesOf(compound.Unit).Where(r => r.Property == property))
            {
                Instantiate(graph, rule, compound.Name, o => CompoundMemberNode(graph, composition, compound, o));
            }
        }
        return graph;
    }

    private static bool IsImport(UnitSymbol unit, string port) => unit.FindPort(port)?.IsImport ?? false;

    private static int SupplierNode(ConstraintGraph graph, Supplier supplier) =>
        graph.MemberNode(supplier.Instance, supplier.Port, supplier.Member, isImport: supplier.IsRootImport);

    /// <summary>
    /// A compound's port member gets its own node, linked to whatever supplies it (for an export,
    /// the instance inside; for an import, what the parent connects), so explanations show the route.
    /// </summary>
    private static int? CompoundMemberNode(ConstraintGraph graph, FlatComposition composition, CompoundNode compound, UnitObject member)
    {
        var port = compound.Unit.FindPort(member.Port);
        if (port is null) return null;
        var connection = composition.ResolveCompoundMember(compound, port, member.Name);
        if (connection is null) return null;
        var supplier = SupplierNode(graph, connection.Supplier);
        if (connection.Supplier.IsRootImport && compound.Parent is null) return supplier;
        var node = graph.CompoundMemberNode(compound, port, member.Name, out var created);
        if (!created) return node;
        var usedAt = port.IsImport ? compound.Link?.FindImport(port.Name)?.Location ?? port.Location : compound.Unit.FindWire(port.Name)?.Location ?? port.Location;
        var reason = graph.AddReason(new LinkReason(compound.Name, port.Name, member.Name, connection.Route, usedAt));
        graph.AddUpper(node, supplier, reason);
        graph.AddUpper(supplier, node, reason);
        return node;
    }

    private static void Instantiate(ConstraintGraph graph, NormalizedRule rule, string instance, Func<UnitObject, int?> nodeOf)
    {
        var reason = graph.AddReason(new RuleReason(instance, rule));
        IEnumerable<int> Nodes(RuleSide side) => side.Set!.Members.Select(nodeOf).Where(n => n.HasValue).Select(n => n!.Value);
        if (rule.Lower.IsSet && rule.Upper.IsSet)
        {
            var helper = graph.RuleNode(instance, rule);
            foreach (var lower in Nodes(rule.Lower)) graph.AddUpper(lower, helper, reason);
            foreach (var upper in Nodes(rule.Upper)) graph.AddUpper(helper, upper, reason);
        }
        else if (rule.Lower.IsSet)
        {
            foreach (var node in Nodes(rule.Lower)) graph.AddBound(node, rule.Upper.Constant, reason);
        }
        else
        {
            foreach (var node in Nodes(rule.Upper)) graph.AddCheck(node, rule.Lower.Constant, reason);
        }
    }
}
