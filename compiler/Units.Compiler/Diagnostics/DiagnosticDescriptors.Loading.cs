namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Loading files, includes and variables: UNIT0200-0299 ----
    public static readonly DiagnosticDescriptor IncludeNotFound = Error("UNIT0200", "Included file not found",
        "included file '{0}' was not found (looked for '{1}'); {2}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor IncludeCycle = Error("UNIT0201", "Include cycle",
        "include cycle: {0}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor FileUnreadable = Error("UNIT0202", "File cannot be read",
        "cannot read '{0}': {1}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor UndefinedVariable = Error("UNIT0203", "Undefined variable",
        "variable '{0}' in an include path is not defined, and Units must open that file; {1}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor DuplicateNamespace = Error("UNIT0204", "Duplicate namespace declaration",
        "this file already declares namespace '{0}'; a file has at most one namespace", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor IncludeOutsideRoots = Error("UNIT0205", "Include outside the allowed directories",
        "included file '{0}' ('{1}') is outside the directories that includes may read ({2}), so it was not read; {3}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor IncludeNotUnitFile = Error("UNIT0206", "Include of a file that is not a unit file",
        "included file '{0}' is not a .unit file, so it was not read; a C header belongs in a bundletype (include \"x.h\" inside its braces)", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor UnknownLibrary = Error("UNIT0207", "Unknown unit library",
        "include '{0}' names unit library '{1}', which this project does not reference{2}{3}", DiagnosticPhase.Loading);
    public static readonly DiagnosticDescriptor IncludeOutsideLibrary = Error("UNIT0208", "Include leaves its library",
        "include '{0}' leaves the folder of unit library '{1}' ('{2}'); a library-qualified include names a file inside the library", DiagnosticPhase.Loading);
}
