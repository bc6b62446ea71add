namespace Units.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report. Ids are stable: never renumber, only add.
/// Each id has a section in docs/diagnostics.md and a golden test case that produces it.
/// </summary>
public static partial class DiagnosticDescriptors
{
    // Created on first use: static initialisers of partial parts run in an unspecified order.
    private static List<DiagnosticDescriptor>? s_all;

    private static DiagnosticDescriptor Error(string id, string title, string format, DiagnosticPhase phase) =>
        Register(new DiagnosticDescriptor(id, title, format, DiagnosticSeverity.Error, phase));

    private static DiagnosticDescriptor Warning(string id, string title, string format, DiagnosticPhase phase) =>
        Register(new DiagnosticDescriptor(id, title, format, DiagnosticSeverity.Warning, phase));

    private static DiagnosticDescriptor Info(string id, string title, string format, DiagnosticPhase phase) =>
        Register(new DiagnosticDescriptor(id, title, format, DiagnosticSeverity.Info, phase));

    private static DiagnosticDescriptor Register(DiagnosticDescriptor descriptor)
    {
        (s_all ??= new List<DiagnosticDescriptor>()).Add(descriptor);
        return descriptor;
    }

    /// <summary>All descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All =>
        // Reading any static field runs the initialisers of every part first.
        UnexpectedCharacter is null ? Array.Empty<DiagnosticDescriptor>() : s_all!.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
