using Units.Compiler.Text;

namespace Units.Compiler.Diagnostics;

/// <summary>Collects the diagnostics of one phase. Phases return these, they never throw.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public int Count => _items.Count;

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Whether an error was added after the first <paramref name="count"/> diagnostics.</summary>
    public bool HasErrorsSince(int count)
    {
        for (var i = count; i < _items.Count; i++)
        {
            if (_items[i].IsError) return true;
        }
        return false;
    }

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public Diagnostic Add(DiagnosticDescriptor descriptor, SourceLocation location, params object[] args)
    {
        var diagnostic = Diagnostic.Create(descriptor, location, args);
        _items.Add(diagnostic);
        return diagnostic;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Replaces the last diagnostic added, typically to attach notes to it.</summary>
    public void ReplaceLast(Diagnostic diagnostic) => _items[_items.Count - 1] = diagnostic;

    public EquatableArray<Diagnostic> ToArray() => _items.ToEquatableArray();
}
