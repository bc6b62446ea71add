using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Units.Compiler.Diagnostics;

namespace Units.Build;

/// <summary>Writes a Units diagnostic to MSBuild: errors and warnings with their help link, notes as located messages.</summary>
internal static class MSBuildLog
{
    public static void Write(TaskLoggingHelper log, Diagnostic diagnostic)
    {
        var l = diagnostic.Location;
        var file = l.IsNone ? null : l.Path;
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(null, diagnostic.Id, diagnostic.Id, diagnostic.Descriptor.HelpLink, file, l.Start.Line, l.Start.Column, l.End.Line, l.End.Column, diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, diagnostic.Id, diagnostic.Id, diagnostic.Descriptor.HelpLink, file, l.Start.Line, l.Start.Column, l.End.Line, l.End.Column, diagnostic.Message);
                break;
            default:
                log.LogMessage(null, diagnostic.Id, diagnostic.Id, file, l.Start.Line, l.Start.Column, l.End.Line, l.End.Column, MessageImportance.High, diagnostic.Message);
                break;
        }
        // Notes explain the diagnostic above them. As located messages MSBuild would print each as
        // "file(l,c): message : note: …"; as plain lines, indented, they read like the CLI's output.
        foreach (var note in diagnostic.Notes) log.LogMessage(MessageImportance.High, "    {0}", DiagnosticFormatter.FormatNote(note));
    }
}
