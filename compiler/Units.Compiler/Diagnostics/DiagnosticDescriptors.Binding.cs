namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Binding declarations: UNIT0300-0349 ----
    public static readonly DiagnosticDescriptor DuplicateDefinition = Error("UNIT0300", "Duplicate definition",
        "{0} '{1}' is already defined", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownBundleType = Error("UNIT0301", "Unknown bundletype",
        "unknown bundletype '{0}'{1}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownUnit = Error("UNIT0302", "Unknown unit",
        "unknown unit '{0}'{1}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownPort = Error("UNIT0303", "Unknown port",
        "unit '{0}' has no import or export named '{1}'{2}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownMember = Error("UNIT0304", "Unknown bundle member",
        "port '{0}' of unit '{1}' has no member '{2}'{3}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ExtendsCycle = Error("UNIT0305", "Bundletype extends itself",
        "bundletype '{0}' extends itself: {1}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ConflictingMember = Error("UNIT0306", "Conflicting bundle member",
        "member '{0}' of bundletype '{1}' is declared twice with different signatures: '{2}' and '{3}'", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor DuplicatePort = Error("UNIT0307", "Duplicate port",
        "unit '{0}' already has a port named '{1}'", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownFlags = Error("UNIT0308", "Unknown flags",
        "unknown flags '{0}'{1}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor DuplicateClause = Error("UNIT0309", "Duplicate clause",
        "unit '{0}' has more than one '{1}' clause", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ClauseNotAllowed = Error("UNIT0310", "Clause not allowed here",
        "'{0}' is not allowed in {1} unit '{2}'; {3}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ExtendsNotBundle = Error("UNIT0311", "Extends needs a bundletype",
        "'{0}' is a unit, not a bundletype; only bundletypes can be extended", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor DuplicateMember = Error("UNIT0312", "Duplicate member",
        "bundle already has a member named '{0}'", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor FlagsCycle = Error("UNIT0313", "Flags include themselves",
        "flags '{0}' include themselves: {1}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor FunctionRenamedTwice = Error("UNIT0314", "Member renamed twice",
        "member '{0}' of port '{1}' is renamed more than once", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownInitializerFunction = Error("UNIT0315", "Initializer function not found",
        "{0} '{1}' names no function: {2}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor KeywordShadowsPort = Warning("UNIT0316", "Set keyword shadows a port",
        "bare '{0}' in a set means {1}, not port '{0}' of unit '{2}'; write {{{0}}} for the port", DiagnosticPhase.Binding);

    // ---- Binding links in compound units: UNIT0350-0399 ----
    public static readonly DiagnosticDescriptor UnknownWire = Error("UNIT0350", "Unknown name in link",
        "'{0}' is not an import of '{1}', an export of one of its instances, or a bundle union{2}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor WireDefinedTwice = Error("UNIT0351", "Name defined twice in link",
        "'{0}' is already defined in '{1}' ({2}); each name in a link has exactly one supplier", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ImportNotSupplied = Error("UNIT0352", "Import not supplied",
        "import '{0}' of '{1}' is not supplied{2}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ImportSuppliedTwice = Error("UNIT0353", "Import supplied twice",
        "import '{0}' of '{1}' is supplied more than once", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ArityMismatch = Error("UNIT0354", "Wrong number of names",
        "'{0}' has {1} {2} but this list gives {3}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor IncompatibleBundle = Error("UNIT0355", "Incompatible bundle",
        "'{0}' cannot supply {1}: it lacks {2}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor SignatureMismatch = Error("UNIT0356", "Member signatures differ",
        "'{0}' cannot supply {1}: member '{2}' is '{3}' but '{4}' is required", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor ExportNotBound = Error("UNIT0357", "Export not bound",
        "export '{0}' of compound unit '{1}' is not bound: no instance in its link supplies a name '{0}'", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnusedImport = Warning("UNIT0358", "Unused import",
        "import '{0}' of compound unit '{1}' is not used by anything in its link", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownPortInList = Error("UNIT0359", "Unknown port in by-name list",
        "'{0}' has no {1} named '{2}'{3}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor AmbiguousUnionMember = Error("UNIT0360", "Member supplied twice in a union",
        "member '{0}' of union '{1}' is supplied by both '{2}' and '{3}'", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnionCycle = Error("UNIT0361", "Union contains itself",
        "bundle union '{0}' contains itself: {1}", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor InlineUnitByName = Error("UNIT0362", "Inline unit needs positional lists",
        "an inline %{{ %}} unit has no declared ports, so its {0} must be a positional [ ] list", DiagnosticPhase.Binding);
    public static readonly DiagnosticDescriptor UnknownWireMember = Error("UNIT0363", "Name has no such member",
        "{0} has no member '{1}'{2}", DiagnosticPhase.Binding);
}
