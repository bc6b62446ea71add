using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Syntax;

namespace Units.Compiler.Binding;

/// <summary>
/// Turns flags declarations into lists of strings (flags referring to other flags are spliced
/// in; cycles are reported). Flags are kept as data: C# emission does not use them.
/// </summary>
internal sealed class FlagsResolver
{
    private readonly Dictionary<string, Declared<FlagsDeclarationSyntax>> _declarations;
    private readonly Dictionary<string, EquatableArray<string>> _resolved = new(StringComparer.Ordinal);
    private readonly Variables _variables;
    private readonly DiagnosticBag _diagnostics;

    public FlagsResolver(DeclarationTable table, Variables variables, DiagnosticBag diagnostics)
    {
        _declarations = table.Flags.ToDictionary(f => f.Syntax.Name.Text, StringComparer.Ordinal);
        _variables = variables;
        _diagnostics = diagnostics;
        foreach (var declared in table.Flags) ResolveDeclared(declared);
    }

    public IReadOnlyDictionary<string, EquatableArray<string>> Resolved => _resolved;

    /// <summary>The strings of a flags value used in a <c>files</c> clause.</summary>
    public EquatableArray<string> Resolve(FlagsValueSyntax value, SyntaxTree tree)
    {
        var result = new List<string>();
        foreach (var item in value.Items)
        {
            switch (item)
            {
                case FlagsStringSyntax str:
                    result.Add(StringExpander.ExpandData(str.Value, tree.Text, _variables, _diagnostics));
                    break;
                case FlagsReferenceSyntax reference when Lookup(reference, tree) is { } found:
                    result.AddRange(found);
                    break;
            }
        }
        return result.ToEquatableArray();
    }

    private EquatableArray<string>? Lookup(FlagsReferenceSyntax reference, SyntaxTree tree)
    {
        if (reference.Name.IsMissing) return null;
        if (_resolved.TryGetValue(reference.Name.Text, out var found)) return found;
        _diagnostics.Add(DiagnosticDescriptors.UnknownFlags, tree.GetLocation(reference.Name.Span), Display.Name(reference.Name.Text),
            Display.DidYouMean(reference.Name.Text, _declarations.Keys));
        return null;
    }

    /// <summary>Resolves one declaration after the ones it refers to, with an explicit stack.</summary>
    private void ResolveDeclared(Declared<FlagsDeclarationSyntax> root)
    {
        var inProgress = new List<string>();
        var stack = new Stack<(Declared<FlagsDeclarationSyntax> Declared, int Next)>();
        if (_resolved.ContainsKey(root.Syntax.Name.Text)) return;
        stack.Push((root, 0));
        inProgress.Add(root.Syntax.Name.Text);
        while (stack.Count > 0)
        {
            var (declared, next) = stack.Pop();
            var items = declared.Syntax.Value.Items;
            if (next < items.Count)
            {
                stack.Push((declared, next + 1));
                if (items[next] is FlagsReferenceSyntax reference && !_resolved.ContainsKey(reference.Name.Text) &&
                    _declarations.TryGetValue(reference.Name.Text, out var dependency))
                {
                    if (inProgress.Contains(reference.Name.Text))
                    {
                        var chain = inProgress.SkipWhile(n => n != reference.Name.Text).Append(reference.Name.Text);
                        _diagnostics.Add(DiagnosticDescriptors.FlagsCycle, declared.Locate(reference.Name.Span), reference.Name.Text, Display.Chain(chain));
                        _resolved[reference.Name.Text] = EquatableArray<string>.Empty;
                        continue;
                    }
                    stack.Push((dependency, 0));
                    inProgress.Add(reference.Name.Text);
                }
                continue;
            }
            var name = declared.Syntax.Name.Text;
            inProgress.Remove(name);
            if (!_resolved.ContainsKey(name)) _resolved[name] = Resolve(declared.Syntax.Value, declared.Tree);
        }
    }
}
