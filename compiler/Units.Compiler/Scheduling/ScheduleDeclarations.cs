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
