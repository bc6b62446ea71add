using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>
/// Collects violations across every composition checked. The root cause of a violation is the
/// pair of rules that cannot both hold — the check that fails and the rule that set the bound —
/// so each pair is reported once, in full, for its first occurrence; the others (more members,
/// more instances of the same compound, other roots) are listed in a closing note.
/// </summary>
public sealed class ViolationLog
{
    private readonly Dictionary<(SourceLocation Check, SourceLocation Bound), int> _index = new();
    private readonly List<(Diagnostic Diagnostic, List<string> Others)> _entries = new();

    /// <summary>Records one failing member; <paramref name="create"/> runs only for a new cause.</summary>
    public void Add((SourceLocation Check, SourceLocation Bound) cause, string member, Func<Diagnostic> create)
    {
        if (_index.TryGetValue(cause, out var at))
        {
            _entries[at].Others.Add(member);
            return;
        }
        _index[cause] = _entries.Count;
        _entries.Add((create(), new List<string>()));
    }

    public IEnumerable<Diagnostic> Diagnostics => _entries.Select(e => e.Others.Count == 0
        ? e.Diagnostic
        : e.Diagnostic.WithNote(
            $"the same two rules also fail for {DiagnosticFormatter.Plural(e.Others.Count, "more member")}: {Display.List(e.Others, max: 3)}",
            SourceLocation.None));
}
