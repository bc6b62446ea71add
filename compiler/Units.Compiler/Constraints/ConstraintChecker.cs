using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;

namespace Units.Compiler.Constraints;

/// <summary>The solved design rules of one composition: a solution per property, conflicts, and the paths of violations.</summary>
public sealed record RuleCheck(IReadOnlyDictionary<string, PropertySolution> Solutions, EquatableArray<Diagnostic> Diagnostics, IReadOnlyList<ViolationPath> Violations);

/// <summary>
/// The instances a violation's explanation passes through, and the links it crosses (consumer,
/// supplier), for pictures of the composition.
/// </summary>
public sealed record ViolationPath(string Property, EquatableArray<string> Instances, EquatableArray<(string Consumer, string Supplier)> Links);

/// <summary>Solves every property that some rule uses over one flattened composition.</summary>
public static class ConstraintChecker
{
    /// <summary>Violations go to <paramref name="log"/> (shared by every root checked); conflicts to the result.</summary>
    public static RuleCheck Check(FlatComposition composition, DesignRules rules, ViolationLog log)
    {
        var diagnostics = new DiagnosticBag();
        var violations = new List<ViolationPath>();
        var solutions = new Dictionary<string, PropertySolution>(StringComparer.Ordinal);
        var links = rules.UsedProperties.Any() ? ConstraintGraphBuilder.BuildLinks(composition) : null;
        foreach (var property in rules.UsedProperties)
        {
            var graph = ConstraintGraphBuilder.AddRules(links!.CopyFor(property), composition, rules);
            var solution = ConstraintSolver.Solve(graph, rules.Order);
            ViolationReporter.Report(solution, log, diagnostics, violations);
            solutions[property] = solution;
        }
        return new RuleCheck(solutions, diagnostics.ToArray(), violations);
    }
}
