namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Initializer and finalizer scheduling: UNIT0700-0799 ----
    public static readonly DiagnosticDescriptor InitializerCycle = Error("UNIT0700", "Initializer cycle",
        "initializers form a cycle, so none of them can run first: {0}", DiagnosticPhase.Scheduling);
    public static readonly DiagnosticDescriptor FinalizerCycle = Error("UNIT0701", "Finalizer cycle",
        "finalizers form a cycle, so none of them can run first: {0}", DiagnosticPhase.Scheduling);
    // UNIT0702 (a member with two initializers) is retired: Knit allows it, and depends{ } orders them.
    public static readonly DiagnosticDescriptor InitializerForNothing = Warning("UNIT0703", "Initializer for nothing",
        "{0} '{1}' of unit '{2}' is for no member, so nothing waits for it", DiagnosticPhase.Scheduling);
    public static readonly DiagnosticDescriptor DependsMatchesNothing = Warning("UNIT0704", "Dependency applies to nothing",
        "'{0}' has no objects in unit '{1}', so this dependency orders nothing", DiagnosticPhase.Scheduling);
    public static readonly DiagnosticDescriptor UnorderedInitializer = Warning("UNIT0705", "Initializer ignores the unit's imports",
        "unit '{0}' has imports and the {1} '{2}' but no 'depends' clause, so nothing orders '{2}' against its imports: it may run {3} what they reach is {4}. Add 'depends{{ exports + inits needs imports }};' (or, if it needs nothing, 'depends{{ inits needs {{}} }};')", DiagnosticPhase.Scheduling);
}
