using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>
/// The diagnostics of one file's lexing and parsing. Every mistake is found (a long file's later
/// mistakes too: front ends limit what they print, not what is checked); only a file that is not
/// a unit file at all (a binary, a pasted log) reaches the safety cap, where parsing stops.
/// </summary>
internal sealed class SyntaxDiagnostics
{
    public const int MaxErrors = 10_000;

    private readonly SourceText _text;
    private readonly List<Diagnostic> _items = new();
    private bool _capped;

    public SyntaxDiagnostics(SourceText text) => _text = text;

    public bool IsCapped => _capped;

    /// <summary>
    /// Set when an unterminated comment or inline code block swallowed the rest of the file:
    /// the parser then stays quiet about what is missing at the end, which is only a consequence.
    /// </summary>
    public bool SwallowedEndOfFile { get; set; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args)
    {
        if (_capped) return;
        if (_items.Count >= MaxErrors)
        {
            _capped = true;
            _items.Add(Diagnostic.Create(DiagnosticDescriptors.TooManyErrors, _text.GetLocation(span), MaxErrors));
            return;
        }
        _items.Add(Diagnostic.Create(descriptor, _text.GetLocation(span), args));
    }
}
