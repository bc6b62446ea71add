namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Flattening compound units into instances: UNIT0500-0599 ----
    public static readonly DiagnosticDescriptor RecursiveComposition = Error("UNIT0500", "Compound unit contains itself",
        "unit '{0}' contains itself: {1}", DiagnosticPhase.Flattening);
    public static readonly DiagnosticDescriptor UnknownRoot = Error("UNIT0501", "Unknown root unit",
        "root unit '{0}' is not defined{1}", DiagnosticPhase.Flattening);
    public static readonly DiagnosticDescriptor LinkLoop = Error("UNIT0502", "Names supply each other",
        "member '{0}' needed by {1} is never supplied: the names in the link only refer to each other ({2})", DiagnosticPhase.Flattening);
    public static readonly DiagnosticDescriptor CompositionTooLarge = Error("UNIT0503", "Composition too large",
        "composition '{0}' expands to {1} instances, more than the limit of {2}; a compound that holds several instances of a compound that does the same multiplies quickly", DiagnosticPhase.Flattening);
}
