using System.Globalization;

namespace Units.Compiler.Diagnostics;

/// <summary>
/// The fixed facts about one kind of diagnostic: its stable id, a short title, the message
/// template and the default severity. Every descriptor is documented in docs/diagnostics.md.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    DiagnosticSeverity DefaultSeverity,
    DiagnosticPhase Phase)
{
    /// <summary>Where the documentation of every id lives, relative to the repository root.</summary>
    public const string HelpBase = "https://github.com/units-lang/units/blob/main/docs/diagnostics.md#";

    public string HelpLink => HelpBase + Id.ToLowerInvariant();

    public string Format(params object[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}

/// <summary>The compiler phase a diagnostic comes from; each phase owns a range of ids.</summary>
public enum DiagnosticPhase
{
    Lexing,       // UNIT0001-0099
    Parsing,      // UNIT0100-0199
    Loading,      // UNIT0200-0299
    Binding,      // UNIT0300-0499
    Flattening,   // UNIT0500-0599
    Constraints,  // UNIT0600-0699
    Scheduling,   // UNIT0700-0799
    Emission,     // UNIT0800-0899
    Tooling,      // UNIT0900-0999
}
