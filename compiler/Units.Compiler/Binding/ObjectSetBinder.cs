using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Binding;

/// <summary>
/// Evaluates object set syntax against one unit: keywords expand to members (or to the unit's
/// initializers and finalizers), names are checked, and chains are evaluated left to right.
/// </summary>
internal sealed class ObjectSetBinder
{
    private readonly UnitSymbol _unit;
    private readonly SyntaxTree _tree;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyList<string> _initializers;
    private readonly IReadOnlyList<string> _finalizers;

    /// <summary>A compound's link names, which its initializers and dependencies may name like ports; null before the link is bound.</summary>
    public IReadOnlyDictionary<string, Wire>? LinkNames { get; init; }

    public ObjectSetBinder(UnitSymbol unit, SyntaxTree tree, DiagnosticBag diagnostics, IReadOnlyList<string> initializers, IReadOnlyList<string> finalizers)
    {
        _unit = unit;
        _tree = tree;
        _diagnostics = diagnostics;
        _initializers = initializers;
        _finalizers = finalizers;
    }

    /// <summary>
    /// Set while evaluating when a port's bundle is open (its bundletype is unknown, reported
    /// where the port is declared): its members are unknown, so the set is incomplete and nothing
    /// about it is reported again.
    /// </summary>
    private bool _sawOpenPort;

    public ObjectSet Bind(ObjectSetSyntax syntax)
    {
        var before = _diagnostics.Count;
        _sawOpenPort = false;
        var objects = Evaluate(syntax);
        return ObjectSet.From(objects, incomplete: _diagnostics.HasErrorsSince(before) || _sawOpenPort || HasMissingName(syntax));
    }

    private static bool HasMissingName(ObjectSetSyntax syntax) => syntax switch
    {
        PortSetSyntax port => port.Port.IsMissing || port.Member?.IsMissing == true,
        BraceSetSyntax braces => braces.Elements.Any(HasMissingName),
        ParenthesizedSetSyntax parenthesized => HasMissingName(parenthesized.Inner),
        SetChainSyntax chain => HasMissingName(chain.First) || chain.Rest.Any(r => HasMissingName(r.Operand)),
        _ => false,
    };

    private HashSet<UnitObject> Evaluate(ObjectSetSyntax syntax)
    {
        switch (syntax)
        {
            case KeywordSetSyntax keyword:
                WarnIfShadowing(keyword);
                return new HashSet<UnitObject>(Keyword(keyword.Keyword));
            case PortSetSyntax port:
                return new HashSet<UnitObject>(Port(port));
            case BraceSetSyntax braces:
                return new HashSet<UnitObject>(braces.Elements.SelectMany(Port));
            case ParenthesizedSetSyntax parenthesized:
                return Evaluate(parenthesized.Inner);
            case SetChainSyntax chain:
                var result = Evaluate(chain.First);
                foreach (var operand in chain.Rest)
                {
                    var value = Evaluate(operand.Operand);
                    if (operand.Operator == SetOperator.Union) result.UnionWith(value);
                    else result.ExceptWith(value);
                }
                return result;
            default:
                return new HashSet<UnitObject>();
        }
    }

    /// <summary>A port named like a set keyword: the bare word is the keyword, which the user may not expect.</summary>
    private void WarnIfShadowing(KeywordSetSyntax keyword)
    {
        var (word, meaning) = keyword.Keyword switch
        {
            ObjectSetKeyword.Exports => ("exports", "every member of every export"),
            ObjectSetKeyword.Imports => ("imports", "every member of every import"),
            ObjectSetKeyword.Inits => ("inits", "the unit's initializers"),
            _ => ("finis", "the unit's finalizers"),
        };
        if (_unit.FindPort(word) is null) return;
        _diagnostics.Add(DiagnosticDescriptors.KeywordShadowsPort, _tree.GetLocation(keyword.Span), word, meaning, _unit.Name);
    }

    private IEnumerable<UnitObject> Keyword(ObjectSetKeyword keyword) => keyword switch
    {
        ObjectSetKeyword.Exports => _unit.Exports.SelectMany(AllMembers),
        ObjectSetKeyword.Imports => _unit.Imports.SelectMany(AllMembers),
        ObjectSetKeyword.Inits => _initializers.Select(UnitObject.Initializer),
        _ => _finalizers.Select(UnitObject.Finalizer),
    };

    private IEnumerable<UnitObject> AllMembers(PortSymbol port)
    {
        if (port.Bundle.IsOpen) _sawOpenPort = true;
        return port.Bundle.Members.Select(m => UnitObject.Member(port.Name, m.Name));
    }

    private IEnumerable<UnitObject> Port(PortSetSyntax syntax)
    {
        if (syntax.Port.IsMissing) return Array.Empty<UnitObject>();
        var port = _unit.FindPort(syntax.Port.Text);
        if (port is null && syntax.Member is null)
        {
            // A unit's own initializer or finalizer, named like a member: {init_a} < {imp.probe}.
            if (_initializers.Contains(syntax.Port.Text)) return new[] { UnitObject.Initializer(syntax.Port.Text) };
            if (_finalizers.Contains(syntax.Port.Text)) return new[] { UnitObject.Finalizer(syntax.Port.Text) };
        }
        if (syntax.Member is { IsMissing: false } called)
        {
            // A call of an import's function is named by its whole name: {isa.probe} is the call, not the member.
            var name = syntax.Port.Text + "." + called.Text;
            if (_initializers.Contains(name)) return new[] { UnitObject.Initializer(name) };
            if (_finalizers.Contains(name)) return new[] { UnitObject.Finalizer(name) };
        }
        if (port is null && LinkNames is not null && LinkNames.TryGetValue(syntax.Port.Text, out var wire)) return LinkName(wire, syntax);
        if (port is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownPort, _tree.GetLocation(syntax.Port.Span), _unit.Name,
                Display.Name(syntax.Port.Text), Display.DidYouMean(syntax.Port.Text, _unit.Ports.Select(p => p.Name)));
            return Array.Empty<UnitObject>();
        }
        if (syntax.Member is null) return AllMembers(port);
        if (syntax.Member.IsMissing) return Array.Empty<UnitObject>();
        if (port.Bundle.IsOpen)
        {
            _sawOpenPort = true;
            return Array.Empty<UnitObject>();
        }
        if (port.Bundle.FindMember(syntax.Member.Text) is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownMember, _tree.GetLocation(syntax.Member.Span), port.Name, _unit.Name,
                Display.Name(syntax.Member.Text), Display.DidYouMean(syntax.Member.Text, port.Bundle.Members.Select(m => m.Name)));
            return Array.Empty<UnitObject>();
        }
        return new[] { UnitObject.Member(port.Name, syntax.Member.Text) };
    }

    /// <summary>A name of a compound's link used like a port: <c>cpuid</c> or <c>cpuid.cpuid</c>.</summary>
    private IEnumerable<UnitObject> LinkName(Wire wire, PortSetSyntax syntax)
    {
        if (syntax.Member is null) return wire.Members.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(m => UnitObject.Member(wire.Name, m));
        if (syntax.Member.IsMissing) return Array.Empty<UnitObject>();
        if (wire.IsOpen || wire.Members.ContainsKey(syntax.Member.Text)) return new[] { UnitObject.Member(wire.Name, syntax.Member.Text) };
        _diagnostics.Add(DiagnosticDescriptors.UnknownWireMember, _tree.GetLocation(syntax.Member.Span), wire.Describe(), Display.Name(syntax.Member.Text),
            Display.DidYouMean(syntax.Member.Text, wire.Members.Keys));
        return Array.Empty<UnitObject>();
    }
}
