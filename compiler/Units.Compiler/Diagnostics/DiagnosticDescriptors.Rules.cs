namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Design rules (constraints): UNIT0600-0699 ----
    public static readonly DiagnosticDescriptor UnknownProperty = Error("UNIT0600", "Unknown property",
        "unknown property '{0}'{1}", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor UnknownType = Error("UNIT0601", "Unknown type",
        "unknown type '{0}'{1}", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor TypeOrderCycle = Error("UNIT0602", "Types form a cycle",
        "the order of types has a cycle ({0}); '<=' must build a partial order", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor ConstraintViolated = Error("UNIT0603", "Design rule violated",
        "'{0}' rule violated in {1}: {2} must be {3} {4} but is {5}", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor NoGreatestLowerBound = Error("UNIT0604", "Values have no greatest lower bound",
        "'{0}' of {1} is bounded by both '{2}' and '{3}', which have no greatest lower bound in the order of types", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor ConstraintMatchesNothing = Warning("UNIT0605", "Constraint applies to nothing",
        "this constraint applies to nothing: {0} has no members in unit '{1}', so the rule can never fail", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor MixedProperties = Error("UNIT0606", "Constraint mixes properties",
        "a constraint relates one property, but this one compares '{0}' with '{1}'", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor ConstantConstraint = Error("UNIT0607", "Constraint without a property",
        "a constraint needs a property on at least one side; '{0}' and '{1}' are both types", DiagnosticPhase.Constraints);
    public static readonly DiagnosticDescriptor RedundantTypeOrder = Warning("UNIT0608", "Redundant type order",
        "type '{0}' lists '{1}' more than once", DiagnosticPhase.Constraints);
}
