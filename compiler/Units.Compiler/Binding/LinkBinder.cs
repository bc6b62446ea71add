using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// Binds the link clause of one compound unit: every link line becomes an instance whose ports
/// are connected to names; names are defined by the compound's imports, by instance exports
/// and by unions. Definitions may come in any order, so uses are checked after all lines.
/// </summary>
internal sealed partial class LinkBinder
{
    private readonly CompoundUnitSymbol _unit;
    private readonly Declared<UnitDeclarationSyntax> _declared;
    private readonly IReadOnlyDictionary<string, UnitSymbol> _units;
    private readonly IReadOnlyDictionary<string, BundleTypeSymbol> _bundleTypes;
    private DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Wire> _wires = new(StringComparer.Ordinal);
    private readonly List<LinkInstance> _instances = new();
    private readonly List<PendingUse> _uses = new();
    private readonly List<(Wire Union, UnionLinkSyntax Syntax)> _unions = new();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _localNames = new(StringComparer.Ordinal);

    /// <summary>A name used by an import (or by nothing, when the unit is unknown), checked at the end.</summary>
    private sealed record PendingUse(LinkInstance? Instance, PortSymbol? Port, NameSyntax Name, bool FromEllipsis);

    private LinkBinder(CompoundUnitSymbol unit, Declared<UnitDeclarationSyntax> declared, IReadOnlyDictionary<string, UnitSymbol> units,
        IReadOnlyDictionary<string, BundleTypeSymbol> bundleTypes, DiagnosticBag diagnostics)
    {
        _unit = unit;
        _declared = declared;
        _units = units;
        _bundleTypes = bundleTypes;
        _diagnostics = diagnostics;
    }

    public static void Bind(CompoundUnitSymbol unit, Declared<UnitDeclarationSyntax> declared, IReadOnlyDictionary<string, UnitSymbol> units,
        IReadOnlyDictionary<string, BundleTypeSymbol> bundleTypes, DiagnosticBag diagnostics)
    {
        var binder = new LinkBinder(unit, declared, units, bundleTypes, diagnostics);
        binder.Run();
    }

    private void Run()
    {
        foreach (var import in _unit.Imports)
        {
            var wire = Define(import.Name, WireKind.CompoundImport, import.Location);
            if (wire is not null) SetPort(wire, import, null);
        }
        var statements = _declared.Syntax.Clauses.OfType<LinkClauseSyntax>().SelectMany(c => c.Statements).ToList();
        foreach (var statement in statements)
        {
            if (statement is not InstanceLinkSyntax { Imports: PositionalListSyntax positional }) continue;
            foreach (var bundle in positional.Bundles) DeclareBundle(bundle);
        }
        foreach (var statement in statements)
        {
            if (statement is InstanceLinkSyntax instance) BindInstance(instance);
            else if (statement is UnionLinkSyntax union) DeclareUnion(union);
        }
        // A unit whose body did not parse whole has its syntax error: names its link leaves
        // unresolved may be explained by what is missing, so they are not reported again.
        if (_declared.Syntax.IsIncomplete) _diagnostics = new DiagnosticBag();
        ResolveUnions();
        ResolveBundles();
        CheckUses();
        CheckCompoundExports();
        MarkInitializerOwnersUsed();
        CheckUnusedImports();
        _unit.Instances = _instances;
        _unit.Wires = _wires;
    }

    private SourceLocation Locate(TextSpan span) => _declared.Locate(span);

    /// <summary>Defines a name; null (after reporting) when it is already defined.</summary>
    private Wire? Define(string name, WireKind kind, SourceLocation location)
    {
        if (_wires.TryGetValue(name, out var existing))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.WireDefinedTwice, location, Display.Name(name), _unit.Name, existing.Describe())
                .WithNote("first defined here", existing.Location));
            return null;
        }
        var wire = new Wire(name, kind, location);
        _wires.Add(name, wire);
        return wire;
    }

    private static void SetPort(Wire wire, PortSymbol port, LinkInstance? instance)
    {
        wire.Port = port;
        wire.Instance = instance;
        wire.IsOpen = port.Bundle.IsOpen;
        wire.Members = port.Bundle.Members.ToDictionary(m => m.Name, m => (m, wire), StringComparer.Ordinal);
    }

    /// <summary>A name whose supplier could not be bound; it accepts every use so that one mistake is reported once.</summary>
    private void DefinePoisoned(NameSyntax name)
    {
        if (name.IsMissing) return;
        var wire = Define(name.Text, WireKind.InstanceExport, Locate(name.Span));
        if (wire is not null) wire.IsOpen = true;
    }

    private void CheckUses()
    {
        foreach (var use in _uses)
        {
            var name = use.Name.Text;
            var location = Locate(use.Name.Span);
            if (use.FromEllipsis && _unit.Defaults.Count > 0 && !_unit.Defaults.Any(d => d.Name == name))
            {
                // With defaults{ }, '...' connects only the names listed there.
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ImportNotSupplied, location, use.Port!.Name, use.Instance!.Unit.Name,
                        $": '...' connects only the names in defaults{{ }}, and '{Display.Name(name)}' is not one; name it in the list")
                    .WithNote($"the defaults of '{_unit.Name}'", _unit.Defaults[0].Location));
                continue;
            }
            if (!_wires.TryGetValue(name, out var wire))
            {
                if (use.FromEllipsis)
                {
                    _diagnostics.Add(DiagnosticDescriptors.ImportNotSupplied, location, use.Port!.Name, use.Instance!.Unit.Name,
                        $": '...' looks for a name '{Display.Name(name)}' and '{_unit.Name}' has none");
                }
                else
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnknownWire, location, Display.Name(name), _unit.Name, Display.DidYouMean(name, _wires.Keys));
                }
                continue;
            }
            _used.Add(name);
            if (use.Port is null || use.Instance is null) continue;
            Compatibility.Check(wire, use.Port.Bundle, $"import '{use.Port.Name}' of '{use.Instance.Unit.Name}' ({use.Port.Bundle.Describe()})", location, _diagnostics);
        }
    }

    private void CheckCompoundExports()
    {
        foreach (var export in _unit.Exports)
        {
            if (!_wires.TryGetValue(export.Name, out var wire))
            {
                _diagnostics.Add(DiagnosticDescriptors.ExportNotBound, export.Location, export.Name, _unit.Name);
                continue;
            }
            _used.Add(export.Name);
            if (wire.Kind == WireKind.CompoundImport) continue; // the same port cannot be both; reported as a duplicate port
            Compatibility.Check(wire, export.Bundle, $"export '{export.Name}' of '{_unit.Name}' ({export.Bundle.Describe()})", export.Location, _diagnostics);
        }
    }

    /// <summary>A name whose function a compound's initializer or finalizer calls is used (the calls themselves are bound after the link).</summary>
    private void MarkInitializerOwnersUsed()
    {
        foreach (var clause in _declared.Syntax.Clauses.OfType<InitializerClauseSyntax>())
        {
            if (clause.Owner is { IsMissing: false } owner) _used.Add(owner.Text);
        }
    }

    private void CheckUnusedImports()
    {
        foreach (var import in _unit.Imports)
        {
            if (_wires.TryGetValue(import.Name, out var wire) && wire.Kind == WireKind.CompoundImport && !_used.Contains(import.Name))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnusedImport, import.Location, import.Name, _unit.Name);
            }
        }
    }
}
