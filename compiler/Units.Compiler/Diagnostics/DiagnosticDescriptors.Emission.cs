namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- C# emission (the source generator): UNIT0800-0899 ----
    public static readonly DiagnosticDescriptor ImplementationMissing = Error("UNIT0800", "Implementation not found",
        "unit '{0}' has no C# implementation: add 'partial struct {1}' to namespace {2}{3}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ImplementationShape = Error("UNIT0801", "Implementation has the wrong shape",
        "the implementation of unit '{0}' must be declared 'partial struct {1}', but {2}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ExportNotImplemented = Error("UNIT0802", "Export not implemented",
        "the implementation '{0}' does not implement export '{1}': {2}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor CallNotImplemented = Error("UNIT0803", "Initializer not implemented",
        "the implementation '{0}' has no static method '{1}()' for {2} '{1}'{3}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor UntypedBundle = Warning("UNIT0804", "Unit cannot become C#",
        "unit '{0}' is not emitted as C#: {1} has members without C# signatures (Knit names only); give them signatures to use the unit from C#", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ForwardingEmission = Info("UNIT0805", "Implementation is forwarded, not copied",
        "each instance of '{0}' calls the shared implementation through a forwarding struct (one more call level), because {1}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ExportTypeRenamed = Warning("UNIT0806", "Export has another name in C#",
        "export '{0}' of '{1}' is emitted as '{1}.{2}', because {3}; rename the export to choose its C# name", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ImportRenameIgnored = Warning("UNIT0807", "Import rename has no effect in C#",
        "renaming members of import '{0}' has no effect in C#: the implementation calls them by their bundle names ({1}.{2})", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor SharedImplementationMismatch = Error("UNIT0808", "Shared implementation with different ports",
        "unit '{0}' names the implementation '{1}', which unit '{2}' also uses, but their ports differ; units that share an implementation need the same imports and exports", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor UnknownMemberType = Error("UNIT0809", "Unknown C# type in a bundletype member",
        "'{0}' in member '{1}' of bundletype '{2}' is not a C# type the project knows (types are read as in namespace {3} with 'using System;'); {4}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor GeneratedNameTaken = Error("UNIT0810", "Generated type already declared",
        "{0} '{1}' becomes the C# type '{2}', but the project already declares {3} with that name; rename one of them", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error("UNIT0811", "C# version too old for Units",
        "the generated C# needs C# 11 or later (static abstract interface members), but the project uses C# {0}; set <LangVersion> to 11 or later", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ImportCallNotCallable = Error("UNIT0812", "Import function cannot be called",
        "{0} '{1}' calls member '{2}' of import '{3}', which {4}; an initializer or finalizer takes no arguments", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor ReservedImplementationName = Error("UNIT0813", "Implementation name reserved in C#",
        "unit '{0}' cannot be emitted as the C# struct '{1}': '{1}' is the name of the type parameter every unit's struct has; rename the unit or give it another 'implementation' name", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor CallNameNotCSharp = Error("UNIT0814", "Call name is not a C# name",
        "{0} '{1}' of unit '{2}' cannot be called from C#: '{1}' is not a C# identifier (quoted names are for C symbols); name the function with letters, digits and '_'", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor CompoundsNotEmitted = Warning("UNIT0815", "Compounds not emitted on their own",
        "{0} compound units used inside others are not emitted as C# classes of their own, as flattening each of them again would make more than {1} instances or {2} characters of instance names: {3}; the roots that use them are emitted", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor InlineCodeNotCSharp = Error("UNIT0816", "Inline code is not C#",
        "{0} is not C# member declarations (line {1} of the code: {2}); Units copies inline code into C#, so Knit's C code must be rewritten, or the unit given a C# implementation", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor CompositionNamesTooLong = Error("UNIT0817", "Composition too large to emit",
        "composition '{0}' is not emitted as C#: the Knit names of its instances come to {1} characters, more than {2}; a long link name inside a compound that is instantiated many times is repeated in every instance below it; shorten the names", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor LibraryImplementationMissing = Error("UNIT0818", "Library implementation not in a referenced assembly",
        "unit '{0}' of library '{1}' is implemented by '{2}', which no referenced assembly declares{3}; reference the library's assembly (its project or package), or build the library again", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor LibraryImplementationNotPublished = Error("UNIT0819", "Library implementation not published",
        "unit '{0}' of library '{1}' cannot be composed here: {2}; the library must publish its units (UnitsPublish=true, the default, and no 'internal' on the implementation)", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor TemplateNotShipped = Info("UNIT0820", "Implementation not shipped for copying",
        "the code of unit '{0}' is not shipped for other assemblies to copy, because {1}; projects that compose the unit from this library forward each call to the compiled implementation (one more call level); make it public to let them copy it", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor FlattenIncomplete = Warning("UNIT0821", "Flatten could not merge every call",
        "flatten of '{0}' left {1} call(s) through imports as calls, so those paths are not one method; the first: {2}", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor FlattenOnAtomicUnit = Warning("UNIT0822", "Flatten on an atomic unit",
        "'flatten' on atomic unit '{0}' has no effect: flatten merges the call paths of a compound's exports; mark the compound that composes '{0}'", DiagnosticPhase.Emission);
    public static readonly DiagnosticDescriptor InternalError = Error("UNIT0899", "Internal error in the Units generator",
        "the Units generator failed ({0}: {1}); the generated code may be incomplete. This is a bug in Units: please report it with the unit files that cause it", DiagnosticPhase.Emission);
}
