using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// Builds bundletypes: resolves <c>extends</c> (each bundletype once, depth-first with an
/// explicit stack, cycles reported at the <c>extends</c> that closes them) and merges members.
/// </summary>
internal sealed class BundleTypeBinder
{
    private readonly Dictionary<string, Declared<BundleTypeDeclarationSyntax>> _declarations;
    private readonly Dictionary<string, BundleTypeSymbol> _symbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unitNames;
    private readonly FlagsResolver _flags;
    private readonly Variables _variables;
    private readonly DiagnosticBag _diagnostics;

    private BundleTypeBinder(DeclarationTable table, FlagsResolver flags, Variables variables, DiagnosticBag diagnostics)
    {
        _declarations = table.BundleTypes.ToDictionary(d => d.Syntax.Name.Text, StringComparer.Ordinal);
        _unitNames = new HashSet<string>(table.Units.Select(u => u.Syntax.Name.Text), StringComparer.Ordinal);
        _flags = flags;
        _variables = variables;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds every named bundletype; the binder is then used for anonymous bundles.</summary>
    public static BundleTypeBinder Bind(DeclarationTable table, FlagsResolver flags, Variables variables, DiagnosticBag diagnostics)
    {
        var binder = new BundleTypeBinder(table, flags, variables, diagnostics);
        foreach (var declared in table.BundleTypes) binder.BindNamed(declared);
        return binder;
    }

    public IReadOnlyDictionary<string, BundleTypeSymbol> Named => _symbols;

    public IEnumerable<string> Names => _declarations.Keys;

    private enum State { InProgress, Done }

    private sealed class Frame
    {
        public Frame(Declared<BundleTypeDeclarationSyntax> declared, BundleTypeSymbol symbol)
        {
            Declared = declared;
            Symbol = symbol;
        }

        public Declared<BundleTypeDeclarationSyntax> Declared { get; }
        public BundleTypeSymbol Symbol { get; }
        public int Next { get; set; }
    }

    private readonly Dictionary<string, State> _state = new(StringComparer.Ordinal);

    /// <summary>Binds one named bundletype and, first, every bundletype it extends.</summary>
    private void BindNamed(Declared<BundleTypeDeclarationSyntax> root)
    {
        if (_state.ContainsKey(root.Syntax.Name.Text)) return;
        var stack = new Stack<Frame>();
        stack.Push(Start(root));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            var members = frame.Declared.Syntax.Body.Members;
            if (frame.Next >= members.Count)
            {
                _state[frame.Symbol.Name] = State.Done;
                stack.Pop();
                continue;
            }
            var member = members[frame.Next];
            if (member is ExtendsMemberSyntax extends && _declarations.TryGetValue(extends.BundleType.Text, out var baseDeclared) &&
                !_state.ContainsKey(extends.BundleType.Text))
            {
                stack.Push(Start(baseDeclared)); // bind the base first, then come back to this member
                continue;
            }
            frame.Next++;
            AddMember(frame.Symbol, member, frame.Declared.Tree, stack);
        }
    }

    private Frame Start(Declared<BundleTypeDeclarationSyntax> declared)
    {
        var syntax = declared.Syntax;
        var symbol = new BundleTypeSymbol(syntax.Name.Text, isAnonymous: false, declared.Locate(syntax.Name.Span), syntax.Doc, declared.Namespace)
        {
            Flags = syntax.Flags is null ? EquatableArray<string>.Empty : _flags.Resolve(syntax.Flags, declared.Tree),
        };
        _symbols[symbol.Name] = symbol;
        _state[symbol.Name] = State.InProgress;
        return new Frame(declared, symbol);
    }

    private void AddMember(BundleTypeSymbol target, BundleMemberSyntax member, SyntaxTree tree, Stack<Frame>? stack)
    {
        switch (member)
        {
            case ExtendsMemberSyntax extends:
                AddExtended(target, extends, tree, stack);
                break;
            case NamedMemberSyntax named when !named.Name.IsMissing:
                Add(target, new BundleMember(named.Name.Text, null, tree.GetLocation(named.Name.Span), named.Doc), tree.GetLocation(named.Span), inherited: false);
                break;
            case HeaderIncludeSyntax header:
                // A C header for the C build: kept, never opened.
                target.AddHeader(StringExpander.ExpandData(header.Path, tree.Text, _variables, _diagnostics));
                break;
            case MethodMemberSyntax method when !method.Name.IsMissing:
                var signature = new MemberSignature(method.ReturnType.Text,
                    method.Parameters.Select(p => new ParameterSignature(string.Join(" ", p.Modifiers), p.Type.Text, p.Name.Text)).ToEquatableArray());
                Add(target, new BundleMember(method.Name.Text, signature, tree.GetLocation(method.Name.Span), method.Doc), tree.GetLocation(method.Span), inherited: false);
                break;
        }
    }

    private void AddExtended(BundleTypeSymbol target, ExtendsMemberSyntax extends, SyntaxTree tree, Stack<Frame>? stack)
    {
        var name = extends.BundleType.Text;
        var location = tree.GetLocation(extends.BundleType.Span);
        if (extends.BundleType.IsMissing) return;
        if (!_declarations.ContainsKey(name))
        {
            if (_unitNames.Contains(name)) _diagnostics.Add(DiagnosticDescriptors.ExtendsNotBundle, location, Display.Name(name));
            else _diagnostics.Add(DiagnosticDescriptors.UnknownBundleType, location, Display.Name(name), Display.DidYouMean(name, Names));
            return;
        }
        if (_state.TryGetValue(name, out var state) && state == State.InProgress)
        {
            var chain = stack is null
                ? new[] { target.Name, name }
                : stack.Reverse().Select(f => f.Symbol.Name).SkipWhile(n => n != name).Append(name).ToArray();
            _diagnostics.Add(DiagnosticDescriptors.ExtendsCycle, location, Display.Name(name), Display.Chain(chain, " extends "));
            return;
        }
        var baseBundle = _symbols[name];
        target.AddBase(baseBundle);
        if (target.TryShareMembersOf(baseBundle)) return;
        foreach (var inherited in baseBundle.Members) Add(target, inherited, location, inherited: true);
    }

    private void Add(BundleTypeSymbol target, BundleMember member, SourceLocation at, bool inherited)
    {
        if (target.TryAdd(member, out var existing)) return;
        if (inherited && (existing.Signature is null || member.Signature is null || existing.Signature.IsCompatibleWith(member.Signature)))
        {
            return; // the same member reached twice through extends (a diamond) is one member
        }
        if (!inherited && existing.Signature is not null && member.Signature is not null && !existing.Signature.IsCompatibleWith(member.Signature))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ConflictingMember, member.Location, member.Name, target.Name,
                existing.Format(), member.Format()).WithNote("the other declaration", existing.Location));
            return;
        }
        if (inherited)
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ConflictingMember, at, member.Name, target.Name,
                existing.Format(), member.Format()).WithNote("the other declaration", existing.Location));
            return;
        }
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateMember, member.Location, member.Name)
            .WithNote("first declared here", existing.Location));
    }

    /// <summary>Builds the anonymous bundle of a port (<c>port : { a, b }</c>).</summary>
    public BundleTypeSymbol BindAnonymous(AnonymousBundleSyntax syntax, SyntaxTree tree, string? ns)
    {
        var shown = syntax.Members.Take(4).Select(DescribeMember).ToList();
        if (syntax.Members.Count > 4) shown.Add("…");
        var description = "{ " + string.Join(", ", shown) + " }";
        var symbol = new BundleTypeSymbol(description, isAnonymous: true, tree.GetLocation(syntax.Span), null, ns);
        foreach (var member in syntax.Members) AddMember(symbol, member, tree, stack: null);
        return symbol;
    }

    private static string DescribeMember(BundleMemberSyntax member) => member switch
    {
        ExtendsMemberSyntax e => "extends " + Display.Name(e.BundleType.Text),
        NamedMemberSyntax n => Display.Name(n.Name.Text),
        MethodMemberSyntax m => Display.Name(m.Name.Text),
        HeaderIncludeSyntax h => $"include \"{Display.Name(h.Path.RawText)}\"",
        _ => "?",
    };
}
