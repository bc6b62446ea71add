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

    public ObjectSetBinder(UnitSymbol unit, SyntaxTree tree, DiagnosticBag diagnostics, IReadOnlyList<string> initializers, IReadOnlyList<string> finalizers)
    {
        _unit = unit;
        _tree = tree;
        _diagnostics = diagnostics;
        _initializers = initializers;
        _finalizers = finalizers;
    }

    public ObjectSet Bind(ObjectSetSyntax syntax)
    {
        var before = _diagnostics.Count;
        var objects = Evaluate(syntax);
        return ObjectSet.From(objects, incomplete: _diagnostics.Count > before || HasMissingName(syntax));
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

    private IEnumerable<UnitObject> Keyword(ObjectSetKeyword keyword) => keyword switch
    {
        ObjectSetKeyword.Exports => _unit.Exports.SelectMany(AllMembers),
        ObjectSetKeyword.Imports => _unit.Imports.SelectMany(AllMembers),
        ObjectSetKeyword.Inits => _initializers.Select(UnitObject.Initializer),
        _ => _finalizers.Select(UnitObject.Finalizer),
    };

    private static IEnumerable<UnitObject> AllMembers(PortSymbol port) =>
        port.Bundle.Members.Select(m => UnitObject.Member(port.Name, m.Name));

    private IEnumerable<UnitObject> Port(PortSetSyntax syntax)
    {
        if (syntax.Port.IsMissing) return Array.Empty<UnitObject>();
        var port = _unit.FindPort(syntax.Port.Text);
        if (port is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownPort, _tree.GetLocation(syntax.Port.Span), _unit.Name,
                Display.Name(syntax.Port.Text), Display.DidYouMean(syntax.Port.Text, _unit.Ports.Select(p => p.Name)));
            return Array.Empty<UnitObject>();
        }
        if (syntax.Member is null) return AllMembers(port);
        if (syntax.Member.IsMissing) return Array.Empty<UnitObject>();
        if (port.Bundle.FindMember(syntax.Member.Text) is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownMember, _tree.GetLocation(syntax.Member.Span), port.Name, _unit.Name,
                Display.Name(syntax.Member.Text), Display.DidYouMean(syntax.Member.Text, port.Bundle.Members.Select(m => m.Name)));
            return Array.Empty<UnitObject>();
        }
        return new[] { UnitObject.Member(port.Name, syntax.Member.Text) };
    }
}
