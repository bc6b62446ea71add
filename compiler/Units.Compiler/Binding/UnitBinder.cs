using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// Binds one unit declaration: its ports first (so every unit's interface is known before any
/// link is bound), then its clauses.
/// </summary>
internal sealed class UnitBinder
{
    private readonly BundleTypeBinder _bundles;
    private readonly FlagsResolver _flags;
    private readonly Variables _variables;
    private readonly DiagnosticBag _diagnostics;
    private readonly ISet<string> _unitNames;

    public UnitBinder(BundleTypeBinder bundles, FlagsResolver flags, Variables variables, DiagnosticBag diagnostics, ISet<string> unitNames)
    {
        _bundles = bundles;
        _flags = flags;
        _variables = variables;
        _diagnostics = diagnostics;
        _unitNames = unitNames;
    }

    public UnitSymbol Declare(Declared<UnitDeclarationSyntax> declared)
    {
        var syntax = declared.Syntax;
        var isCompound = syntax.Clauses.Any(c => c is LinkClauseSyntax);
        var location = declared.Locate(syntax.Name.Span);
        var declarationLocation = declared.Locate(syntax.Span);
        UnitSymbol unit = isCompound
            ? new CompoundUnitSymbol(syntax.Name.Text, location, declarationLocation, syntax.Doc, declared.Namespace)
            : new AtomicUnitSymbol(syntax.Name.Text, location, declarationLocation, syntax.Doc, declared.Namespace);
        CheckClauseCounts(unit, declared);
        foreach (var clause in syntax.Clauses.OfType<PortsClauseSyntax>())
        {
            foreach (var port in clause.Ports) DeclarePort(unit, port, clause.Kind, declared);
        }
        return unit;
    }

    private void DeclarePort(UnitSymbol unit, PortSyntax syntax, PortKind kind, Declared<UnitDeclarationSyntax> declared)
    {
        if (syntax.Name.IsMissing) return;
        var bundle = BindBundle(syntax.Bundle, declared);
        var port = new PortSymbol(syntax.Name.Text, kind, unit.CountPorts(kind), bundle, declared.Locate(syntax.Name.Span), syntax.Doc);
        if (!unit.TryAddPort(port))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicatePort, port.Location, unit.Name, port.Name)
                .WithNote("first declared here", unit.FindPort(port.Name)!.Location));
        }
    }

    /// <summary>
    /// The bundle of a port. An unknown bundletype is reported and replaced by an open bundle,
    /// so the port still exists and its uses do not cascade into more errors.
    /// </summary>
    private BundleTypeSymbol BindBundle(BundleSyntax syntax, Declared<UnitDeclarationSyntax> declared)
    {
        if (syntax is AnonymousBundleSyntax anonymous) return _bundles.BindAnonymous(anonymous, declared.Tree, declared.Namespace);
        var name = ((BundleReferenceSyntax)syntax).Name;
        var location = declared.Locate(name.Span);
        if (name.IsMissing) return BundleTypeSymbol.CreateOpen(location);
        if (_bundles.Named.TryGetValue(name.Text, out var bundle)) return bundle;
        if (_unitNames.Contains(name.Text))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownBundleType, location, Display.Name(name.Text), " ('" + Display.Name(name.Text) + "' is a unit)");
        }
        else
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownBundleType, location, Display.Name(name.Text), Display.DidYouMean(name.Text, _bundles.Names));
        }
        return BundleTypeSymbol.CreateOpen(location);
    }

    private static readonly string[] s_singleClauses = { "imports", "exports", "link", "implementation", "flatten", "%{" };
    private static readonly string[] s_atomicOnlyClauses = { "rename", "files", "implementation", "%{" };

    private void CheckClauseCounts(UnitSymbol unit, Declared<UnitDeclarationSyntax> declared)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in declared.Syntax.Clauses)
        {
            var keyword = clause.Keyword.Text;
            if (Array.IndexOf(s_singleClauses, keyword) >= 0 && !seen.Add(keyword))
            {
                _diagnostics.Add(DiagnosticDescriptors.DuplicateClause, declared.Locate(clause.Keyword.Span), unit.Name, keyword);
            }
            if (unit.IsCompound && Array.IndexOf(s_atomicOnlyClauses, keyword) >= 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.ClauseNotAllowed, declared.Locate(clause.Keyword.Span), keyword, "compound", unit.Name,
                    "a compound unit's code and files come from the units it links");
            }
            if (!unit.IsCompound && keyword == "defaults")
            {
                _diagnostics.Add(DiagnosticDescriptors.ClauseNotAllowed, declared.Locate(clause.Keyword.Span), keyword, "atomic", unit.Name,
                    "defaults{ } says what '...' connects in a link, and the unit has no link");
            }
        }
    }

    /// <summary>Binds the clauses that need every unit's ports to be known.</summary>
    public void BindClauses(UnitSymbol unit, Declared<UnitDeclarationSyntax> declared)
    {
        var clauses = declared.Syntax.Clauses;
        var initializerClauses = clauses.OfType<InitializerClauseSyntax>().Where(c => !c.Function.IsMissing).ToList();
        var initializers = initializerClauses.Where(c => !c.IsFinalizer).Select(FunctionName).Distinct().ToList();
        var finalizers = initializerClauses.Where(c => c.IsFinalizer).Select(FunctionName).Distinct().ToList();
        var sets = new ObjectSetBinder(unit, declared.Tree, _diagnostics, initializers, finalizers);

        unit.Flatten = clauses.Any(c => c is FlattenClauseSyntax);
        unit.Constraints = clauses.OfType<ConstraintsClauseSyntax>().SelectMany(c => c.Constraints)
            .Select(c => new ConstraintRule(BindTerm(c.Left, sets, declared), c.Operator, BindTerm(c.Right, sets, declared),
                SourceTextOf(declared, c.Span), declared.Locate(c.Span)))
            .ToList();
        if (unit is CompoundUnitSymbol compound)
        {
            // A compound's calls and dependencies may name its link's names: bound with the link (BindCalls).
            compound.Defaults = clauses.OfType<DefaultsClauseSyntax>().SelectMany(c => c.Names).Where(n => !n.IsMissing)
                .Select(n => (n.Text, declared.Locate(n.Span))).ToList();
            return;
        }
        BindCalls(unit, declared, sets);
        if (unit is not AtomicUnitSymbol atomic) return;

        atomic.Renames = BindRenames(atomic, clauses.OfType<RenameClauseSyntax>().SelectMany(c => c.Rules), declared);
        atomic.Files = clauses.OfType<FilesClauseSyntax>().SelectMany(c => BindFiles(c, declared)).ToList();
        var implementation = clauses.OfType<ImplementationClauseSyntax>().FirstOrDefault();
        if (implementation is not null && !implementation.Name.IsMissing)
        {
            atomic.ImplementationName = implementation.Name.Text;
            atomic.ImplementationLocation = declared.Locate(implementation.Name.Span);
        }
        var inline = clauses.OfType<InlineCodeClauseSyntax>().FirstOrDefault();
        if (inline is not null)
        {
            atomic.InlineCode = inline.Code.Code;
            atomic.InlineCodeLocation = declared.Locate(inline.Code.Span);
        }
    }

    /// <summary>A compound's initializers, finalizers and dependencies, once its link is bound (they may name the link's names).</summary>
    public void BindCompoundCalls(CompoundUnitSymbol compound, Declared<UnitDeclarationSyntax> declared)
    {
        var clauses = declared.Syntax.Clauses.OfType<InitializerClauseSyntax>().Where(c => !c.Function.IsMissing).ToList();
        var sets = new ObjectSetBinder(compound, declared.Tree, _diagnostics,
            clauses.Where(c => !c.IsFinalizer).Select(FunctionName).Distinct().ToList(),
            clauses.Where(c => c.IsFinalizer).Select(FunctionName).Distinct().ToList()) { LinkNames = compound.Wires };
        BindCalls(compound, declared, sets);
    }

    private void BindCalls(UnitSymbol unit, Declared<UnitDeclarationSyntax> declared, ObjectSetBinder sets)
    {
        var clauses = declared.Syntax.Clauses;
        unit.Initializers = BindInitializers(unit, clauses.OfType<InitializerClauseSyntax>().Where(c => !c.Function.IsMissing).ToList(), sets, declared);
        unit.Depends = clauses.OfType<DependsClauseSyntax>().SelectMany(c => c.Rules)
            .Select(r => new DependsRule(sets.Bind(r.Left), r.Kind, sets.Bind(r.Right), SourceTextOf(declared, r.Span), declared.Locate(r.Span)))
            .ToList();
    }

    /// <summary>The source of a clause with its whitespace collapsed, for messages.</summary>
    private static string SourceTextOf(Declared<UnitDeclarationSyntax> declared, Text.TextSpan span) =>
        string.Join(" ", declared.Tree.Text.ToString(span).Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));

    private static ConstraintTerm BindTerm(ConstraintTermSyntax term, ObjectSetBinder sets, Declared<UnitDeclarationSyntax> declared) => term switch
    {
        PropertyTermSyntax property => new PropertyTerm(property.Property.Text, sets.Bind(property.Set), SourceTextOf(declared, property.Set.Span),
            declared.Locate(property.Property.Span), declared.Locate(property.Span)),
        ConstantTermSyntax constant => new ConstantTerm(constant.Value.Text, declared.Locate(constant.Span)),
        _ => new ConstantTerm(string.Empty, declared.Locate(term.Span)),
    };

    /// <summary>The name an initializer is known by in object sets and schedules: <c>f</c>, or <c>owner.f</c>.</summary>
    private static string FunctionName(InitializerClauseSyntax clause) =>
        clause.Owner is { IsMissing: false } owner ? owner.Text + "." + clause.Function.Text : clause.Function.Text;

    private List<InitializerSymbol> BindInitializers(UnitSymbol unit, List<InitializerClauseSyntax> clauses, ObjectSetBinder sets, Declared<UnitDeclarationSyntax> declared)
    {
        var result = new List<InitializerSymbol>();
        var seen = new Dictionary<(string, bool), SourceLocation>();
        foreach (var clause in clauses)
        {
            var name = FunctionName(clause);
            var location = declared.Locate(TextSpan.FromBounds((clause.Owner ?? clause.Function).Span.Start, clause.Function.Span.End));
            var key = (name, clause.IsFinalizer);
            var kind = clause.IsFinalizer ? "finalizer" : "initializer";
            if (seen.TryGetValue(key, out var first))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateDefinition, location, kind, Display.Name(name))
                    .WithNote("first defined here", first));
                continue;
            }
            seen.Add(key, location);
            var symbol = new InitializerSymbol(name, clause.IsFinalizer, sets.Bind(clause.Target), location);
            if (clause.Owner is { IsMissing: false } owner)
            {
                symbol = symbol with { Owner = owner.Text, Member = clause.Function.Text };
                var ok = unit is CompoundUnitSymbol compound
                    ? CheckLinkOwner(compound, symbol, declared.Locate(owner.Span), declared.Locate(clause.Function.Span))
                    : CheckOwner(unit, symbol, declared.Locate(owner.Span), declared.Locate(clause.Function.Span));
                if (!ok) continue;
            }
            else if (unit.IsCompound)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownInitializerFunction, location, kind, Display.Name(name),
                    $"a compound unit has no code of its own: name the function of one of its link's names ('{Display.Name(clause.Function.Text)}' as 'name.{Display.Name(clause.Function.Text)}')");
                continue;
            }
            result.Add(symbol);
        }
        return result;
    }

    /// <summary>A compound's <c>name.f</c>: the name is one of its link's, and supplies f.</summary>
    private bool CheckLinkOwner(CompoundUnitSymbol compound, InitializerSymbol call, SourceLocation ownerLocation, SourceLocation memberLocation)
    {
        var kind = call.IsFinalizer ? "finalizer" : "initializer";
        if (!compound.Wires.TryGetValue(call.Owner!, out var wire))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownInitializerFunction, ownerLocation, kind, Display.Name(call.Function),
                $"'{Display.Name(call.Owner!)}' is not a name of the link of '{compound.Name}'{Display.DidYouMean(call.Owner!, compound.Wires.Keys.Where(k => !k.StartsWith("{", StringComparison.Ordinal)))}");
            return false;
        }
        if (wire.IsOpen || wire.Members.ContainsKey(call.Member!)) return true;
        _diagnostics.Add(DiagnosticDescriptors.UnknownWireMember, memberLocation, wire.Describe(), Display.Name(call.Member!), Display.DidYouMean(call.Member!, wire.Members.Keys));
        return false;
    }

    /// <summary>An atomic unit's <c>port.f</c>: the port is an import, and f one of its members.</summary>
    private bool CheckOwner(UnitSymbol unit, InitializerSymbol call, SourceLocation ownerLocation, SourceLocation memberLocation)
    {
        var kind = call.IsFinalizer ? "finalizer" : "initializer";
        var port = unit.FindPort(call.Owner!);
        if (port is null || !port.IsImport)
        {
            var why = port is null
                ? $"'{Display.Name(call.Owner!)}' is not an import of '{unit.Name}'{Display.DidYouMean(call.Owner!, unit.Imports.Select(p => p.Name))}"
                : $"'{Display.Name(call.Owner!)}' is an export; a unit calls its own exports' code by its own names";
            _diagnostics.Add(DiagnosticDescriptors.UnknownInitializerFunction, ownerLocation, kind, Display.Name(call.Function), why);
            return false;
        }
        if (port.Bundle.IsOpen || port.Bundle.FindMember(call.Member!) is not null) return true;
        _diagnostics.Add(DiagnosticDescriptors.UnknownMember, memberLocation, port.Name, unit.Name, Display.Name(call.Member!),
            Display.DidYouMean(call.Member!, port.Bundle.Members.Select(m => m.Name)));
        return false;
    }

    private List<RenameRule> BindRenames(AtomicUnitSymbol unit, IEnumerable<RenameRuleSyntax> rules, Declared<UnitDeclarationSyntax> declared)
    {
        var result = new List<RenameRule>();
        var renamed = new HashSet<(string, string)>();
        foreach (var rule in rules)
        {
            if (rule.Port.IsMissing) continue;
            var port = unit.FindPort(rule.Port.Text);
            if (port is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownPort, declared.Locate(rule.Port.Span), unit.Name, Display.Name(rule.Port.Text),
                    Display.DidYouMean(rule.Port.Text, unit.Ports.Select(p => p.Name)));
                continue;
            }
            var location = declared.Locate(rule.Span);
            if (rule is AffixRenameSyntax affix)
            {
                if (!affix.Affix.IsMissing) result.Add(new RenameRule(port.Name, null, affix.Affix.Text, affix.Kind, location));
                continue;
            }
            var memberRename = (MemberRenameSyntax)rule;
            if (memberRename.Member.IsMissing || memberRename.NewName.IsMissing) continue;
            if (port.Bundle.IsOpen) continue; // its bundletype is unknown (reported at the port)
            if (port.Bundle.FindMember(memberRename.Member.Text) is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownMember, declared.Locate(memberRename.Member.Span), port.Name, unit.Name,
                    Display.Name(memberRename.Member.Text), Display.DidYouMean(memberRename.Member.Text, port.Bundle.Members.Select(m => m.Name)));
                continue;
            }
            if (!renamed.Add((port.Name, memberRename.Member.Text)))
            {
                _diagnostics.Add(DiagnosticDescriptors.FunctionRenamedTwice, declared.Locate(memberRename.Member.Span), memberRename.Member.Text, port.Name);
                continue;
            }
            result.Add(new RenameRule(port.Name, memberRename.Member.Text, memberRename.NewName.Text, null, location));
        }
        return result;
    }

    private IEnumerable<FileReference> BindFiles(FilesClauseSyntax clause, Declared<UnitDeclarationSyntax> declared)
    {
        var flags = clause.Flags is null ? EquatableArray<string>.Empty : _flags.Resolve(clause.Flags, declared.Tree);
        return clause.Files.Select(file => new FileReference(
            StringExpander.ExpandData(file, declared.Tree.Text, _variables, _diagnostics), flags, declared.Locate(file.Span))).ToList();
    }
}
