using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Scheduling;

/// <summary>Checks, once per program, the initializer and dependency clauses of each atomic unit.</summary>
public static class ScheduleDeclarations
{
    public static void Check(BoundProgram program, DiagnosticBag diagnostics)
    {
        foreach (var unit in program.Units)
        {
            foreach (var call in unit.Initializers)
            {
                if (!call.Targets.Members.Any() && !call.Targets.Incomplete)
                {
                    diagnostics.Add(DiagnosticDescriptors.InitializerForNothing, call.Location, call.IsFinalizer ? "finalizer" : "initializer", call.Function, unit.Name);
                }
            }
            // Several calls may set up one member: depends{ } orders them (Knit allows it; UNIT0702 is retired).
            // Without a depends clause nothing ties the unit's calls to its imports (Knit's meaning),
            // which is almost never what a unit with both wants: the schedule would start it anywhere.
            if (unit is AtomicUnitSymbol && unit.Depends.Count == 0 && unit.Imports.Count > 0 && unit.Initializers.Count > 0)
            {
                var first = unit.Initializers.FirstOrDefault(c => !c.IsFinalizer) ?? unit.Initializers[0];
                diagnostics.Add(DiagnosticDescriptors.UnorderedInitializer, first.Location, unit.Name, first.IsFinalizer ? "finalizer" : "initializer",
                    first.Function, first.IsFinalizer ? "after" : "before", first.IsFinalizer ? "finalized" : "initialized");
            }
            foreach (var rule in unit.Depends)
            {
                if (rule.Left.IsEmpty && !rule.Left.Incomplete)
                {
                    var left = rule.Text.Substring(0, Math.Max(0, rule.Text.IndexOf(rule.Kind == DependsKind.Needs ? " needs" : " <", StringComparison.Ordinal)));
                    diagnostics.Add(DiagnosticDescriptors.DependsMatchesNothing, rule.Location, left.Length == 0 ? rule.Text : left, unit.Name);
                }
            }
        }
    }
}
