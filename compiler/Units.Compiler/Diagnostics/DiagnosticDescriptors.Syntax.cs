namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- Lexing: UNIT0001-0099 ----
    public static readonly DiagnosticDescriptor UnexpectedCharacter = Error("UNIT0001", "Unexpected character",
        "unexpected character{0}", DiagnosticPhase.Lexing);
    public static readonly DiagnosticDescriptor UnterminatedString = Error("UNIT0002", "Unterminated string",
        "string literal is not terminated before the end of the line", DiagnosticPhase.Lexing);
    public static readonly DiagnosticDescriptor UnterminatedComment = Error("UNIT0003", "Unterminated comment",
        "comment is not terminated: expected '{0}' before the end of the file", DiagnosticPhase.Lexing);
    public static readonly DiagnosticDescriptor UnterminatedInlineCode = Error("UNIT0004", "Unterminated inline code",
        "inline code block is not terminated: expected '%}}' before the end of the file", DiagnosticPhase.Lexing);
    public static readonly DiagnosticDescriptor InvalidEscape = Error("UNIT0005", "Invalid escape sequence",
        "invalid escape sequence '{0}' in string literal", DiagnosticPhase.Lexing);
    public static readonly DiagnosticDescriptor MalformedVariable = Error("UNIT0006", "Malformed variable reference",
        "malformed variable reference: expected '${{NAME}}' with a C-style name", DiagnosticPhase.Lexing);

    public static readonly DiagnosticDescriptor UnterminatedQuotedName = Error("UNIT0007", "Unterminated quoted symbol",
        "quoted symbol is not terminated: expected a closing \"'\" before the end of the line", DiagnosticPhase.Lexing);

    // ---- Parsing: UNIT0100-0199 ----
    public static readonly DiagnosticDescriptor ExpectedToken = Error("UNIT0100", "Syntax error",
        "expected {0}, found {1}", DiagnosticPhase.Parsing);
    public static readonly DiagnosticDescriptor ExpectedDeclaration = Error("UNIT0101", "Expected a declaration",
        "expected a declaration (unit, bundletype, type, property, include, directory, flags or namespace), found {0}", DiagnosticPhase.Parsing);
    public static readonly DiagnosticDescriptor UnknownClause = Error("UNIT0102", "Unknown unit clause",
        "unknown clause {0} in unit '{1}'; {2}", DiagnosticPhase.Parsing);
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("UNIT0103", "Nesting too deep",
        "nesting is deeper than {0} levels; simplify the expression", DiagnosticPhase.Parsing);
    public static readonly DiagnosticDescriptor TooManyErrors = Error("UNIT0104", "Too many syntax errors",
        "too many syntax errors in this file ({0}): it does not look like a unit file, and the rest of it is not checked", DiagnosticPhase.Parsing);
    public static readonly DiagnosticDescriptor MisplacedEllipsis = Error("UNIT0105", "Misplaced '...'",
        "'...' may only end a by-name list ({0})", DiagnosticPhase.Parsing);
}
