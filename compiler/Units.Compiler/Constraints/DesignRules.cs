using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Constraints;

/// <summary>One side of a normalised constraint: an object set of the unit, or a type constant.</summary>
public sealed record RuleSide(ObjectSet? Set, int Constant)
{
    public bool IsSet => Set is not null;
}

/// <summary>
/// A constraint in the one form the solver knows: <c>Lower &lt;= Upper</c> for one property.
/// <c>&gt;=</c> swaps the sides; <c>=</c> becomes two rules.
/// </summary>
public sealed record NormalizedRule(UnitSymbol Unit, ConstraintRule Rule, string Property, RuleSide Lower, RuleSide Upper);

/// <summary>
/// The design rules of a program, checked once per program (not per root): the type order,
/// the declared properties, and every unit's constraints normalised. Rules with errors are
/// reported here and left out, so the solver only sees valid ones.
/// </summary>
public sealed class DesignRules
{
    private DesignRules(TypeOrder order, IReadOnlyCollection<string> properties, IReadOnlyDictionary<UnitSymbol, IReadOnlyList<NormalizedRule>> rules)
    {
        Order = order;
        Properties = properties;
        Rules = rules;
    }

    public TypeOrder Order { get; }

    public IReadOnlyCollection<string> Properties { get; }

    /// <summary>Valid rules per unit, in source order.</summary>
    public IReadOnlyDictionary<UnitSymbol, IReadOnlyList<NormalizedRule>> Rules { get; }

    /// <summary>The properties that some rule uses, in first-use order.</summary>
    public IEnumerable<string> UsedProperties => Rules.Values.SelectMany(r => r).Select(r => r.Property).Distinct();

    public IReadOnlyList<NormalizedRule> RulesOf(UnitSymbol unit) =>
        Rules.TryGetValue(unit, out var rules) ? rules : Array.Empty<NormalizedRule>();

    public static DesignRules Build(BoundProgram program, DiagnosticBag diagnostics)
    {
        var order = TypeOrder.Build(program.Types, diagnostics);
        var properties = new HashSet<string>(program.Properties.Select(p => p.Name), StringComparer.Ordinal);
        var rules = new Dictionary<UnitSymbol, IReadOnlyList<NormalizedRule>>();
        foreach (var unit in program.Units)
        {
            var normalized = unit.Constraints.SelectMany(rule => Normalize(unit, rule, order, properties, diagnostics)).ToList();
            if (normalized.Count > 0) rules[unit] = normalized;
        }
        return new DesignRules(order, properties, rules);
    }

    private static IEnumerable<NormalizedRule> Normalize(UnitSymbol unit, ConstraintRule rule, TypeOrder order, HashSet<string> properties, DiagnosticBag diagnostics)
    {
        var left = Side(rule.Left, order, properties, diagnostics, out var leftProperty);
        var right = Side(rule.Right, order, properties, diagnostics, out var rightProperty);
        if (left is null || right is null) yield break;
        if (leftProperty is null && rightProperty is null)
        {
            diagnostics.Add(DiagnosticDescriptors.ConstantConstraint, rule.Location, ((ConstantTerm)rule.Left).Value, ((ConstantTerm)rule.Right).Value);
            yield break;
        }
        if (leftProperty is not null && rightProperty is not null && leftProperty != rightProperty)
        {
            diagnostics.Add(DiagnosticDescriptors.MixedProperties, rule.Location, leftProperty, rightProperty);
            yield break;
        }
        if (ReportsEmptySide(unit, rule.Left, diagnostics) | ReportsEmptySide(unit, rule.Right, diagnostics)) yield break;
        var property = leftProperty ?? rightProperty!;
        if (rule.Operator != ConstraintOperator.GreaterOrEqual) yield return new NormalizedRule(unit, rule, property, left, right);
        if (rule.Operator != ConstraintOperator.LessOrEqual) yield return new NormalizedRule(unit, rule, property, right, left);
    }

    private static RuleSide? Side(ConstraintTerm term, TypeOrder order, HashSet<string> properties, DiagnosticBag diagnostics, out string? property)
    {
        property = null;
        switch (term)
        {
            case PropertyTerm p:
                if (p.Property.Length == 0) return null;
                if (!properties.Contains(p.Property))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownProperty, p.PropertyLocation, Display.Name(p.Property), Display.DidYouMean(p.Property, properties));
                    return null;
                }
                property = p.Property;
                return p.Set.Incomplete ? null : new RuleSide(p.Set, TypeOrder.Top);
            case ConstantTerm c when c.Value.Length > 0:
                if (order.TryGetId(c.Value, out var id)) return new RuleSide(null, id);
                // 'context' alone: a property without the set it applies to.
                var hint = properties.Contains(c.Value) ? $"; '{Display.Name(c.Value)}' is a property: apply it to a set ({Display.Name(c.Value)} imports, {Display.Name(c.Value)} {{port.member}})"
                    : Display.DidYouMean(c.Value, order.Names);
                diagnostics.Add(DiagnosticDescriptors.UnknownType, c.Location, Display.Name(c.Value), hint);
                return null;
            default:
                return null;
        }
    }

    /// <summary>A rule over a set with no members could never fail; that is worth a warning (true when reported).</summary>
    private static bool ReportsEmptySide(UnitSymbol unit, ConstraintTerm term, DiagnosticBag diagnostics)
    {
        if (term is not PropertyTerm p || p.Set.Members.Any()) return false;
        diagnostics.Add(DiagnosticDescriptors.ConstraintMatchesNothing, p.Location, "'" + p.SetText + "'", unit.Name);
        return true;
    }
}
