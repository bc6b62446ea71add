using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Binding;

internal sealed partial class LinkBinder
{
    private void DeclareUnion(UnionLinkSyntax syntax)
    {
        if (syntax.Name.IsMissing) return;
        var wire = Define(syntax.Name.Text, WireKind.Union, Locate(syntax.Name.Span));
        if (wire is not null) _unions.Add((wire, syntax));
    }

    /// <summary>
    /// Gives every union its parts and members. Unions may join other unions, in any order; each
    /// is resolved after its parts (explicit stack), and a union that reaches itself is reported.
    /// </summary>
    private void ResolveUnions()
    {
        var syntaxOf = _unions.ToDictionary(u => u.Union, u => u.Syntax);
        var done = new HashSet<Wire>();
        foreach (var (root, _) in _unions)
        {
            if (done.Contains(root)) continue;
            var stack = new Stack<(Wire Union, int Next)>();
            var onStack = new HashSet<Wire> { root };
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (union, next) = stack.Pop();
                var parts = syntaxOf[union].Parts;
                if (next < parts.Count)
                {
                    stack.Push((union, next + 1));
                    var part = parts[next];
                    if (part.IsMissing || !_wires.TryGetValue(part.Text, out var partWire) || partWire.Kind != WireKind.Union || done.Contains(partWire)) continue;
                    if (onStack.Contains(partWire))
                    {
                        var chain = stack.Reverse().Select(f => f.Union.Name).SkipWhile(n => n != partWire.Name).Append(partWire.Name);
                        _diagnostics.Add(DiagnosticDescriptors.UnionCycle, Locate(part.Span), partWire.Name, Display.Chain(chain));
                        partWire.IsOpen = true; // stop follow-on errors about its members
                        continue;
                    }
                    onStack.Add(partWire);
                    stack.Push((partWire, 0));
                    continue;
                }
                onStack.Remove(union);
                Join(union, syntaxOf[union]);
                done.Add(union);
            }
        }
    }

    private void Join(Wire union, UnionLinkSyntax syntax)
    {
        var parts = new List<Wire>();
        var members = new Dictionary<string, (BundleMember Member, Wire From)>(StringComparer.Ordinal);
        var reported = false;
        foreach (var partName in syntax.Parts.Where(p => !p.IsMissing))
        {
            if (!_wires.TryGetValue(partName.Text, out var part))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownWire, Locate(partName.Span), Display.Name(partName.Text), _unit.Name,
                    Display.DidYouMean(partName.Text, _wires.Keys));
                union.IsOpen = true;
                continue;
            }
            _used.Add(part.Name);
            parts.Add(part);
            if (part.IsOpen) union.IsOpen = true;
            foreach (var pair in part.Members)
            {
                if (!members.TryGetValue(pair.Key, out var existing))
                {
                    members.Add(pair.Key, (pair.Value.Member, part));
                    continue;
                }
                if (reported || existing.From == part) continue;
                reported = true; // one report per union: the overlap is one mistake
                _diagnostics.Add(DiagnosticDescriptors.AmbiguousUnionMember, Locate(partName.Span), pair.Key, union.Name, existing.From.Name, part.Name);
            }
        }
        union.Parts = parts;
        union.Members = members;
    }

    private readonly List<(Wire Bundle, BundleArgumentSyntax Syntax)> _bundles = new();

    /// <summary><c>{ recv = net.input }</c>: a name of its own, whose members are resolved once every name is defined.</summary>
    private void DeclareBundle(BundleArgumentSyntax syntax)
    {
        // Written twice alike, it is one bundle: its name is what it holds.
        if (_wires.TryGetValue(syntax.WireName, out var same) && same.Kind == WireKind.Bundle) return;
        var wire = Define(syntax.WireName, WireKind.Bundle, Locate(syntax.Span));
        if (wire is not null) _bundles.Add((wire, syntax));
    }

    private void ResolveBundles()
    {
        foreach (var (bundle, syntax) in _bundles)
        {
            var members = new Dictionary<string, (BundleMember Member, Wire From)>(StringComparer.Ordinal);
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in syntax.Entries)
            {
                if (entry.Member.IsMissing || entry.Source.IsMissing || entry.SourceMember.IsMissing) continue;
                if (!_wires.TryGetValue(entry.Source.Text, out var source))
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnknownWire, Locate(entry.Source.Span), Display.Name(entry.Source.Text), _unit.Name,
                        Display.DidYouMean(entry.Source.Text, _wires.Keys.Where(k => !k.StartsWith("{", StringComparison.Ordinal))));
                    bundle.IsOpen = true; // one mistake: the bundle's users are not told again
                    continue;
                }
                _used.Add(source.Name);
                var member = source.Members.TryGetValue(entry.SourceMember.Text, out var found) ? found.Member : null;
                if (member is null && !source.IsOpen)
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnknownWireMember, Locate(entry.SourceMember.Span), source.Describe(), Display.Name(entry.SourceMember.Text),
                        Display.DidYouMean(entry.SourceMember.Text, source.Members.Keys));
                    bundle.IsOpen = true;
                    continue;
                }
                if (members.ContainsKey(entry.Member.Text))
                {
                    _diagnostics.Add(DiagnosticDescriptors.DuplicateMember, Locate(entry.Member.Span), Display.Name(entry.Member.Text));
                    continue;
                }
                var renamed = new BundleMember(entry.Member.Text, member?.Signature, Locate(entry.Member.Span), member?.Doc);
                members.Add(entry.Member.Text, (renamed, source));
                sources.Add(entry.Member.Text, entry.SourceMember.Text);
            }
            bundle.Members = members;
            bundle.SourceMembers = sources;
        }
    }
}
