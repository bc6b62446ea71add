using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Binding;

internal sealed partial class LinkBinder
{
    private void BindInstance(InstanceLinkSyntax syntax)
    {
        var unit = ResolveTarget(syntax);
        if (unit is null)
        {
            // The unit is unknown (reported): define its names so their uses do not cascade.
            foreach (var name in Names(syntax.Exports)) DefinePoisoned(name);
            foreach (var name in Names(syntax.Imports)) _uses.Add(new PendingUse(null, null, name, false));
            return;
        }
        var instance = new LinkInstance(_instances.Count, unit, LocalName(syntax, unit), Locate(syntax.Span), Locate(syntax.Target.Span));
        _instances.Add(instance);
        instance.Exports = BindExports(instance, syntax.Exports);
        instance.Imports = BindImports(instance, syntax.Imports);
    }

    private static IEnumerable<NameSyntax> Names(LinkListSyntax list) => list switch
    {
        PositionalListSyntax positional => positional.Names.Where(n => !n.IsMissing),
        ByNameListSyntax byName => byName.Entries.Select(e => e.LinkedName).Where(n => !n.IsMissing),
        _ => Array.Empty<NameSyntax>(),
    };

    private UnitSymbol? ResolveTarget(InstanceLinkSyntax syntax)
    {
        if (syntax.Target is InlineUnitTargetSyntax inline) return DeclareInlineUnit(syntax, inline);
        var name = ((UnitTargetSyntax)syntax.Target).Unit;
        if (name.IsMissing) return null;
        if (_units.TryGetValue(name.Text, out var unit)) return unit;
        var hint = _bundleTypes.ContainsKey(name.Text)
            ? $" ('{Display.Name(name.Text)}' is a bundletype)"
            : Display.DidYouMean(name.Text, _units.Keys);
        _diagnostics.Add(DiagnosticDescriptors.UnknownUnit, Locate(name.Span), Display.Name(name.Text), hint);
        return null;
    }

    /// <summary>An inline unit takes its ports from the names of its link line; they are open bundles.</summary>
    private InlineUnitSymbol DeclareInlineUnit(InstanceLinkSyntax syntax, InlineUnitTargetSyntax inline)
    {
        var location = Locate(inline.Span);
        var unit = new InlineUnitSymbol($"{_unit.Name}.inline{location.Start.Line}_{location.Start.Column}", inline.Code.Code, location, _unit.Namespace);
        foreach (var (list, kind) in new[] { (syntax.Exports, PortKind.Export), (syntax.Imports, PortKind.Import) })
        {
            if (list is ByNameListSyntax)
            {
                _diagnostics.Add(DiagnosticDescriptors.InlineUnitByName, Locate(list.Span), kind == PortKind.Export ? "exports" : "imports");
            }
            foreach (var name in Names(list))
            {
                var port = new PortSymbol(name.Text, kind, unit.CountPorts(kind), BundleTypeSymbol.CreateOpen(Locate(name.Span)), Locate(name.Span), null);
                if (!unit.TryAddPort(port))
                {
                    _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicatePort, port.Location, unit.Name, port.Name)
                        .WithNote("first declared here", unit.FindPort(port.Name)!.Location));
                }
            }
        }
        return unit;
    }

    /// <summary>Knit's instance name part: the first export's name in the link, else the unit's name.</summary>
    private string LocalName(InstanceLinkSyntax syntax, UnitSymbol unit)
    {
        var first = Names(syntax.Exports).FirstOrDefault()?.Text ?? unit.Name;
        var name = first;
        for (var n = 2; !_localNames.Add(name); n++) name = $"{first}{n}";
        return name;
    }

    private List<PortBinding> BindExports(LinkInstance instance, LinkListSyntax list)
    {
        var bindings = new List<PortBinding>();
        foreach (var (port, name) in Match(instance, list, instance.Unit.Exports, "exports"))
        {
            if (port is null)
            {
                DefinePoisoned(name);
                continue;
            }
            var wire = Define(name.Text, WireKind.InstanceExport, Locate(name.Span));
            if (wire is null) continue;
            SetPort(wire, port, instance);
            bindings.Add(new PortBinding(port, name.Text, Locate(name.Span)));
        }
        return bindings;
    }

    private List<PortBinding> BindImports(LinkInstance instance, LinkListSyntax list)
    {
        var bindings = new List<PortBinding>();
        var fromEllipsis = new HashSet<NameSyntax>();
        var matched = Match(instance, list, instance.Unit.Imports, "imports", fromEllipsis).ToList();
        var supplied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (port, name) in matched)
        {
            _uses.Add(new PendingUse(port is null ? null : instance, port, name, fromEllipsis.Contains(name)));
            if (port is null) continue;
            if (!supplied.Add(port.Name))
            {
                _diagnostics.Add(DiagnosticDescriptors.ImportSuppliedTwice, Locate(name.Span), port.Name, instance.Unit.Name);
                continue;
            }
            bindings.Add(new PortBinding(port, name.Text, Locate(name.Span)));
        }
        // A misspelt port in the list was reported; the import it meant is then not "missing" too.
        var misspelt = matched.Any(m => m.Port is null);
        if (list is ByNameListSyntax && instance.Unit is not InlineUnitSymbol && !misspelt)
        {
            foreach (var port in instance.Unit.Imports.Where(p => !supplied.Contains(p.Name)))
            {
                _diagnostics.Add(DiagnosticDescriptors.ImportNotSupplied, Locate(list.Span), port.Name, instance.Unit.Name,
                    ": name it in this list, or end the list with '...' to connect the rest by name");
            }
        }
        return bindings;
    }

    /// <summary>
    /// Pairs ports with the names of a link list: by position for [ ], by name for { }.
    /// A null port means the name matches no port (already reported).
    /// </summary>
    private IEnumerable<(PortSymbol? Port, NameSyntax Name)> Match(LinkInstance instance, LinkListSyntax list, IReadOnlyList<PortSymbol> ports,
        string what, HashSet<NameSyntax>? fromEllipsis = null)
    {
        var unit = instance.Unit;
        if (list is PositionalListSyntax positional)
        {
            var names = positional.Names.Where(n => !n.IsMissing).ToList();
            if (unit is not InlineUnitSymbol && names.Count != ports.Count && positional.Names.Count == names.Count)
            {
                var noun = ports.Count == 1 ? what.TrimEnd('s') : what;
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ArityMismatch, Locate(positional.Span), unit.Name, ports.Count, noun, names.Count)
                    .WithNote($"'{unit.Name}' {what}: {(ports.Count == 0 ? "none" : string.Join(", ", ports.Select(p => p.Name)))}", unit.Location));
            }
            for (var i = 0; i < names.Count; i++) yield return (i < ports.Count ? ports[i] : null, names[i]);
            yield break;
        }
        var byName = (ByNameListSyntax)list;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in byName.Entries)
        {
            if (entry.Port.IsMissing || entry.LinkedName.IsMissing) continue;
            var port = ports.FirstOrDefault(p => p.Name == entry.Port.Text);
            if (port is null && unit is not InlineUnitSymbol)
            {
                var kind = what == "exports" ? "export" : "import";
                _diagnostics.Add(DiagnosticDescriptors.UnknownPortInList, Locate(entry.Port.Span), unit.Name, kind, Display.Name(entry.Port.Text),
                    Display.DidYouMean(entry.Port.Text, ports.Select(p => p.Name)));
            }
            named.Add(entry.Port.Text);
            yield return (port, entry.LinkedName);
        }
        if (byName.Ellipsis is not { } ellipsis) yield break;
        foreach (var port in ports.Where(p => !named.Contains(p.Name)))
        {
            var name = new NameSyntax(port.Name, ellipsis);
            fromEllipsis?.Add(name);
            yield return (port, name);
        }
    }
}
