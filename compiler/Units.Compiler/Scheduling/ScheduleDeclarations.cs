using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Scheduling;

/// <summary>Checks, once per program, the initializer and dependency clauses of each atomic unit.</summary>
public static class ScheduleDeclarations
{
    public static void Check(BoundProgram program, DiagnosticBag diagnostics)
    {
        foreach (var unit in program.Units.OfType<AtomicUnitSymbol>())
        {
            foreach (var isFinalizer in new[] { false, true })
            {
                var owner = new Dictionary<UnitObject, InitializerSymbol>();
                foreach (var call in unit.Initializers.Where(c => c.IsFinalizer == isFinalizer))
                {
                    var kind = isFinalizer ? "finalizer" : "initializer";
                    if (!call.Targets.Members.Any() && !call.Targets.Incomplete)
                    {
                        diagnostics.Add(DiagnosticDescriptors.InitializerForNothing, call.Location, kind, call.Function, unit.Name);
                    }
                    foreach (var member in call.Targets.Members)
                    {
                        if (owner.TryGetValue(member, out var first))
                        {
                            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InitializedTwice, call.Location, member.ToString(), unit.Name,
                                isFinalizer ? "finalized" : "initialized", first.Function, call.Function).WithNote("the first one", first.Location));
                            break;
                        }
                        owner[member] = call;
                    }
                }
            }
            // Without a depends clause nothing ties the unit's calls to its imports (Knit's meaning),
            // which is almost never what a unit with both wants: the schedule would start it anywhere.
            if (unit.Depends.Count == 0 && unit.Imports.Count > 0 && unit.Initializers.Count > 0)
            {
                var call = unit.Initializers.FirstOrDefault(c => !c.IsFinalizer) ?? unit.Initializers[0];
                diagnostics.Add(DiagnosticDescriptors.UnorderedInitializer, call.Location, unit.Name, call.IsFinalizer ? "finalizer" : "initializer",
                    call.Function, call.IsFinalizer ? "after" : "before", call.IsFinalizer ? "finalized" : "initialized");
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
