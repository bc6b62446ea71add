using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using UnitsDiagnostic = Units.Compiler.Diagnostics.Diagnostic;
using UnitsFormatter = Units.Compiler.Diagnostics.DiagnosticFormatter;
using UnitsSeverity = Units.Compiler.Diagnostics.DiagnosticSeverity;
using UnitsLocation = Units.Compiler.Text.SourceLocation;

namespace Units.Generator.Pipeline;

/// <summary>
/// Turns Units diagnostics into Roslyn diagnostics located in the .unit files, whole: the message
/// carries each note as the task and the CLI print it (with its place), on the same line because a
/// build shows only a message's first line; the notes' places are additional locations, and every
/// location keeps its end. Roslyn then applies .globalconfig severities and NoWarn by id.
/// </summary>
internal static class RoslynDiagnostics
{
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> s_descriptors = new(StringComparer.Ordinal);

    public static Microsoft.CodeAnalysis.Diagnostic Convert(UnitsDiagnostic diagnostic)
    {
        var descriptor = s_descriptors.GetOrAdd(diagnostic.Id, _ => new DiagnosticDescriptor(
            diagnostic.Id,
            diagnostic.Descriptor.Title,
            "{0}",
            "Units",
            Severity(diagnostic.Descriptor.DefaultSeverity),
            isEnabledByDefault: true,
            helpLinkUri: diagnostic.Descriptor.HelpLink));
        var additional = diagnostic.Notes.Where(n => !n.Location.IsNone).Select(n => Location(n.Location)).ToList();
        return Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, Location(diagnostic.Location), additional, UnitsFormatter.MessageWithNotes(diagnostic));
    }

    private static DiagnosticSeverity Severity(UnitsSeverity severity) => severity switch
    {
        UnitsSeverity.Error => DiagnosticSeverity.Error,
        UnitsSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static Location Location(UnitsLocation location) => location.IsNone
        ? Microsoft.CodeAnalysis.Location.None
        : Microsoft.CodeAnalysis.Location.Create(location.Path, new TextSpan(location.Span.Start, location.Span.Length),
            new LinePositionSpan(new LinePosition(location.Start.Line - 1, location.Start.Column - 1), new LinePosition(location.End.Line - 1, location.End.Column - 1)));
}
