using Units.Compiler.Binding;

namespace Units.Compiler.Emit;

public sealed partial class EmitPlanner
{
    private UnitModel PlanUnit(AtomicUnitSymbol unit)
    {
        var ns = NamespaceOf(unit.Namespace);
        var (implementationNamespace, implementationName) = SplitImplementation(unit, ns);
        var typeParameters = CSharpNames.ImportTypeParameters(unit.Imports.Select(p => p.Name).ToList(), implementationName);
        var imports = unit.Imports.Select((port, i) => new ImportModel(port.Name, typeParameters[i],
            InterfaceFor(port.Bundle, unit, port.Name)?.QualifiedName, Members(port.Bundle), port.Bundle.IsOpen, port.Location)).ToEquatableArray();
        var needsNestedTypes = ExportsNeedNestedTypes(unit);
        var nestedTaken = new HashSet<string>(typeParameters.Append(implementationName).Append(CSharpNames.SelfTypeParameter), StringComparer.Ordinal);
        var exports = unit.Exports.Select(port => new ExportModel(
            port.Name,
            needsNestedTypes ? ExportTypeName(unit, port, nestedTaken, s_noReservedNames) : null,
            InterfaceFor(port.Bundle, unit, port.Name)?.QualifiedName,
            ExtraInterfaces(unit, port),
            Members(port.Bundle),
            port.Bundle.IsOpen,
            port.Location)
        {
            ImplementedNames = Members(port.Bundle).Select(m => Renamed(unit, port.Name, m.Name)).ToEquatableArray(),
        }).ToEquatableArray();
        ReportImportRenames(unit, imports);
        var calls = unit.Initializers.Select(i => new CallDeclaration(i.Function, i.IsFinalizer, i.Location) { Owner = i.Owner, Member = i.Member }).ToEquatableArray();
        return new UnitModel(unit.Name, ns, implementationName, implementationNamespace, unit.Doc, imports, exports, calls,
            unit.InlineCode, unit is InlineUnitSymbol, unit.Flatten, _unitsWithErrors.Contains(unit), unit.Location,
            unit.ImplementationLocation ?? unit.Location)
        {
            InlineCodeLocation = unit.InlineCodeLocation,
            // Inline link units are source in the composition that holds them, wherever it is declared.
            Library = unit is InlineUnitSymbol ? null : _compilation.LibraryOf(unit.Location)?.Name,
        };
    }

    private static readonly HashSet<string> s_noReservedNames = new(StringComparer.Ordinal);

    /// <summary>The name a <c>rename</c> clause gives an export member (a member rename wins over a prefix or suffix).</summary>
    private static string Renamed(AtomicUnitSymbol unit, string port, string member)
    {
        var exact = unit.Renames.FirstOrDefault(r => r.Port == port && r.Member == member);
        if (exact is not null) return exact.NewName;
        var affix = unit.Renames.FirstOrDefault(r => r.Port == port && r.Member is null);
        return affix is null ? member : affix.Affix == Syntax.AffixKind.Prefix ? affix.NewName + member : member + affix.NewName;
    }

    private void ReportImportRenames(AtomicUnitSymbol unit, EquatableArray<ImportModel> imports)
    {
        foreach (var rename in unit.Renames)
        {
            var port = unit.FindPort(rename.Port);
            if (port is null || !port.IsImport) continue;
            var member = rename.Member ?? port.Bundle.Members.FirstOrDefault()?.Name ?? "member";
            var typeParameter = imports.First(i => i.Name == port.Name).TypeParameter;
            _diagnostics.Add(Diagnostics.DiagnosticDescriptors.ImportRenameIgnored, rename.Location, port.Name, typeParameter, member);
        }
    }

    /// <summary><c>implementation A.B.C</c>, or by default the unit's name in its file's namespace.</summary>
    private static (string Namespace, string Name) SplitImplementation(AtomicUnitSymbol unit, string ns)
    {
        if (unit is InlineUnitSymbol) return (ns, unit.Name.Replace('.', '_'));
        var name = unit.ImplementationName;
        if (name is null) return (ns, unit.Name);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? (ns, name) : (name.Substring(0, dot), name.Substring(dot + 1));
    }

    /// <summary>
    /// One struct can implement an interface only once, and can have only one member of a name:
    /// a unit with two exports of one bundletype (or clashing members) gets a nested struct per export.
    /// </summary>
    private static bool ExportsNeedNestedTypes(AtomicUnitSymbol unit)
    {
        var bundles = unit.Exports.Where(e => !e.Bundle.IsOpen).Select(e => e.Bundle).ToList();
        if (bundles.Count != bundles.Distinct().Count()) return true;
        var names = bundles.SelectMany(b => b.Members.Select(m => m.Name)).ToList();
        return names.Count != names.Distinct().Count();
    }

    private EquatableArray<string> ExtraInterfaces(UnitSymbol unit, PortSymbol port)
    {
        if (!_extraInterfaces.TryGetValue((unit, port.Name), out var set)) return EquatableArray<string>.Empty;
        var own = InterfaceFor(port.Bundle, unit, port.Name)?.QualifiedName;
        return set.Where(i => i != own).ToEquatableArray();
    }
}
