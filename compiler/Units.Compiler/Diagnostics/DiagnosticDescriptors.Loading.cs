namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Loading files, includes and variables: UNIT0200-0299 ----
    public static readonly DiagnosticDescriptor IncludeNotFound = Error("UNIT0200", "Included file not found",
        "included file '{0}' was not found (looked for '{1}')", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor IncludeCycle = Error("UNIT0201", "Include cycle",
        "include cycle: {0}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor FileUnreadable = Error("UNIT0202", "File cannot be read",
        "cannot read '{0}': {1}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor UndefinedVariable = Error("UNIT0203", "Undefined variable",
        "variable '{0}' in an include path is not defined, and Units must open that file; pass -D {0}=value (the units tool also reads the environment; a build reads <UnitsDefine>)", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor DuplicateNamespace = Error("UNIT0204", "Duplicate namespace declaration",
        "this file already declares namespace '{0}'; a file has at most one namespace", DiagnosticPhase.Loading);
}
