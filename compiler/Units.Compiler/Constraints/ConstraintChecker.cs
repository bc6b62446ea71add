using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;

namespace Units.Compiler.Constraints;

/// <summary>The solved design rules of one composition: a solution per property, and the violations.</summary>
public sealed record RuleCheck(IReadOnlyDictionary<string, PropertySolution> Solutions, EquatableArray<Diagnostic> Diagnostics);

/// <summary>Solves every property that some rule uses over one flattened composition.</summary>
public static class ConstraintChecker
{
    /// <summary>Violations go to <paramref name="log"/> (shared by every root checked); conflicts to the result.</summary>
    public static RuleCheck Check(FlatComposition composition, DesignRules rules, ViolationLog log)
    {
        var diagnostics = new DiagnosticBag();
        var solutions = new Dictionary<string, PropertySolution>(StringComparer.Ordinal);
        foreach (var property in rules.UsedProperties)
        {
            var graph = ConstraintGraphBuilder.Build(property, composition, rules);
            var solution = ConstraintSolver.Solve(graph, rules.Order);
            ViolationReporter.Report(solution, log, diagnostics);
            solutions[property] = solution;
        }
        return new RuleCheck(solutions, diagnostics.ToArray());
    }
}
