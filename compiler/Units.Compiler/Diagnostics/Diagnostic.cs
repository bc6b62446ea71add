using Units.Compiler.Text;

namespace Units.Compiler.Diagnostics;

/// <summary>
/// One problem found in the input: what (descriptor and message), how bad (severity) and
/// where (location), plus notes that point at the other places that explain it.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation Location,
    EquatableArray<DiagnosticNote> Notes)
{
    public string Id => Descriptor.Id;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object[] args) =>
        new(descriptor, descriptor.DefaultSeverity, descriptor.Format(args), location, EquatableArray<DiagnosticNote>.Empty);

    public Diagnostic WithNotes(IEnumerable<DiagnosticNote> notes) => this with { Notes = Notes.Concat(notes).ToEquatableArray() };

    public Diagnostic WithNote(string message, SourceLocation location) => WithNotes(new[] { new DiagnosticNote(message, location) });

    public override string ToString() => DiagnosticFormatter.FormatCanonical(this);
}

/// <summary>A related location with a sentence that says why it matters.</summary>
public sealed record DiagnosticNote(string Message, SourceLocation Location);
