using Units.Compiler.Binding;
using Units.Compiler.Flattening;

namespace Units.Compiler.Emit;

public sealed partial class EmitPlanner
{
    private static readonly HashSet<string> s_facadeMembers = new(StringComparer.Ordinal) { "Initialize", "Shutdown", "IsInitialized", "Manifest", "RollBack" };

    private CompositionModel PlanComposition(ComposedUnit checkedComposition)
    {
        var flat = checkedComposition.Flat;
        var compound = (CompoundUnitSymbol)flat.Root;
        var ns = NamespaceOf(compound.Namespace);

        var typeNames = flat.Instances.Select(i => "Instance_" + LocalName(flat, i)).ToArray();
        var unions = new List<UnionModel>();
        var exports = new List<CompositionExportModel>();
        var typeParameters = CSharpNames.ImportTypeParameters(compound.Imports.Select(p => p.Name).ToList(), compound.Name);
        // A nested type may not share the facade's name or one of its type parameters.
        var taken = new HashSet<string>(typeNames.Append(compound.Name).Concat(typeParameters), StringComparer.Ordinal);
        // A nested type named like the first part of a type name in a signature would hide it
        // (an export 'system' must not become a struct 'System' that hides System.Action).
        taken.UnionWith(_qualifierRoots ??= QualifierRoots().ToList());
        foreach (var port in compound.Exports)
        {
            var connection = flat.RootExports.FirstOrDefault(e => e.Port == port);
            var supplier = connection is null ? new SupplierModel(SupplierKind.Missing, -1, port.Name) : SupplierOf(flat, port, connection, typeNames, unions, "Export_" + port.Name);
            var typeName = ExportTypeName(compound, port, taken, s_facadeMembers);
            // The instance that supplies a whole export takes the export's name: no forwarding layer.
            // (Not an inline unit: it lives beside the facade, so the export forwards to it. Not when
            // flattened: the export's struct then holds the merged path.)
            if (!compound.Flatten && supplier.Kind == SupplierKind.Instance && typeNames[supplier.Target].StartsWith("Instance_", StringComparison.Ordinal) &&
                flat.Instances[supplier.Target].Unit is not InlineUnitSymbol && !UsesNestedExports(flat.Instances[supplier.Target].Unit))
            {
                typeNames[supplier.Target] = typeName;
            }
            exports.Add(new CompositionExportModel(port.Name, typeName, InterfaceFor(port.Bundle, compound, port.Name)?.QualifiedName, Members(port.Bundle), supplier));
        }

        var instances = flat.Instances.Select(instance => new InstanceModel(
            typeNames[instance.Id],
            instance.Unit.Name,
            instance.Name,
            instance.Unit.Imports.Select(port => instance.FindImport(port.Name) is { } connection
                ? SupplierOf(flat, port, connection, typeNames, unions, $"{typeNames[instance.Id]}_{port.Name}")
                : new SupplierModel(SupplierKind.Missing, -1, port.Name)).ToEquatableArray(),
            instance.Location)).ToEquatableArray();

        var imports = compound.Imports.Select((port, i) => new ImportModel(port.Name, typeParameters[i],
            InterfaceFor(port.Bundle, compound, port.Name)?.QualifiedName, Members(port.Bundle), port.Bundle.IsOpen, port.Location)
        {
            ExtraInterfaces = InnerInterfaces(flat, port),
        }).ToEquatableArray();
        var schedule = checkedComposition.Schedule;
        return new CompositionModel(compound.Name, ns, compound.Doc, imports, instances, unions.ToEquatableArray(), exports.ToEquatableArray(),
            schedule.Initializers.Select(c => Scheduled(c, flat)).ToEquatableArray(),
            schedule.Finalizers.Select(c => Scheduled(c, flat)).ToEquatableArray(),
            HasStructuralErrors(flat), compound.Location)
        {
            Manifest = ManifestOf(checkedComposition),
            Flatten = compound.Flatten,
        };
    }

    /// <summary>A scheduled call as Initialize and Shutdown make it: on its instance, or on what supplies another's function.</summary>
    private static ScheduledCallModel Scheduled(Scheduling.ScheduledCall call, FlatComposition flat)
    {
        if (!call.Call.IsOwned) return new ScheduledCallModel(call.Instance!.Id, call.Call.Function) { Name = call.Name };
        var via = call.Function is not { } supplier ? new SupplierModel(SupplierKind.Missing, -1, call.Call.Owner!)
            : !SupplierHasCSharp(flat, supplier) ? new SupplierModel(SupplierKind.NotEmitted, -1, supplier.Port)
            : supplier.IsRootImport ? new SupplierModel(SupplierKind.CompoundImport, -1, supplier.Port)
            : new SupplierModel(SupplierKind.Instance, supplier.Instance, supplier.Port);
        var instance = call.Instance?.Id ?? (call.Function is { IsRootImport: false } f ? f.Instance : -1);
        return new ScheduledCallModel(instance, call.Function?.Member ?? call.Call.Member!) { Via = via, Name = call.Name };
    }

    /// <summary>
    /// Whether a function called on a supplier (<c>initializer isa.probe</c>) exists in C#: the
    /// supplier's unit is emitted (every port typed; UNIT0804 otherwise), or the compound's import
    /// that supplies it is typed.
    /// </summary>
    private static bool SupplierHasCSharp(FlatComposition flat, Supplier supplier)
    {
        static bool Typed(PortSymbol port) => port.Bundle.IsTyped || port.Bundle.IsOpen;
        if (supplier.IsRootImport) return flat.Root.Imports.FirstOrDefault(p => p.Name == supplier.Port) is { } import && Typed(import);
        var unit = flat.Instances[supplier.Instance].Unit;
        return unit is InlineUnitSymbol || unit.Imports.Concat(unit.Exports).All(Typed);
    }

    /// <summary>
    /// The nested type an export becomes: its name with the first letter upper-cased, unless a
    /// member of the bundle has that name (export 'stamp' with member Stamp() becomes StampExport)
    /// or another name of the type does (then '_' until it is free). A changed name is reported.
    /// </summary>
    private string ExportTypeName(UnitSymbol owner, PortSymbol port, HashSet<string> taken, ISet<string> reserved)
    {
        var natural = CSharpNames.Pascal(port.Name);
        var typeName = natural;
        if (port.Bundle.Members.Any(m => m.Name == typeName)) typeName += "Export";
        while (reserved.Contains(typeName) || taken.Contains(typeName)) typeName += "_";
        taken.Add(typeName);
        if (typeName == natural) return typeName;
        var reason = port.Bundle.Members.Any(m => m.Name == natural) ? $"a type cannot have a member of its own name, and the export has a member '{natural}'"
            : reserved.Contains(natural) ? $"'{natural}' is a member every composition has"
            : $"another name in '{owner.Name}' is '{natural}' already";
        _diagnostics.Add(Diagnostics.DiagnosticDescriptors.ExportTypeRenamed, port.Location, port.Name, owner.Name, typeName, reason);
        return typeName;
    }

    private static readonly System.Text.RegularExpressions.Regex s_qualifierRoot = new(@"(?<![\w.:])([A-Za-z_]\w*)\s*\.");

    private List<string>? _qualifierRoots;

    /// <summary>The first identifiers of the qualified type names that members' signatures use (every interface is planned before any composition).</summary>
    private IEnumerable<string> QualifierRoots() =>
        _interfaceOrder.SelectMany(i => i.Members)
            .SelectMany(m => m.Parameters.Select(p => p.Type).Append(m.ReturnType))
            .SelectMany(type => s_qualifierRoot.Matches(type).Cast<System.Text.RegularExpressions.Match>().Select(match => match.Groups[1].Value))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Links per port (not per member), in instance order; the rule clauses every instance and compound brings.</summary>
    private ManifestModel ManifestOf(ComposedUnit checkedComposition)
    {
        var flat = checkedComposition.Flat;
        string Name(Supplier s) => s.IsRootImport ? $"(import {s.Port})" : $"{flat.Instances[s.Instance].Name}.{s.Port}";
        var links = flat.Instances.SelectMany(i => i.Imports.SelectMany(p => p.Members.Select(m => Name(m.Supplier)).Distinct(StringComparer.Ordinal)
            .Select(supplier => $"{i.Name}.{p.Port.Name} <- {supplier}"))).ToEquatableArray();
        var rules = flat.Instances.Select(i => (UnitSymbol)i.Unit).Concat(flat.Compounds.Select(c => (UnitSymbol)c.Unit))
            .SelectMany(u => _compilation.Rules.RulesOf(u)).ToList();
        var properties = rules.Select(r => r.Property).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();
        return new ManifestModel(links, properties, rules.Count);
    }

    /// <summary>The interfaces of the inner imports a compound's import is passed to, other than its own.</summary>
    private EquatableArray<string> InnerInterfaces(FlatComposition flat, PortSymbol compoundImport)
    {
        var own = InterfaceFor(compoundImport.Bundle, flat.Root, compoundImport.Name)?.QualifiedName;
        return flat.Instances
            .SelectMany(i => i.Imports.Where(p => p.Members.Any() && p.Members.All(m => m.Supplier.IsRootImport && m.Supplier.Port == compoundImport.Name))
                .Select(p => InterfaceFor(p.Port.Bundle, i.Unit, p.Port.Name)?.QualifiedName))
            .Where(name => name is not null && name != own)
            .Select(name => name!)
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static string LocalName(FlatComposition flat, FlatInstance instance) =>
        instance.Name.Length > flat.Root.Name.Length ? instance.Name.Substring(flat.Root.Name.Length + 1) : instance.Name;

    private static bool UsesNestedExports(AtomicUnitSymbol unit) => ExportsNeedNestedTypes(unit);

    /// <summary>
    /// What supplies a port: one export of one instance, an import of the compound, or — when the
    /// members come from several places (a bundle union) — a generated union struct.
    /// </summary>
    private SupplierModel SupplierOf(FlatComposition flat, PortSymbol port, FlatPortConnection connection, string[] typeNames,
        List<UnionModel> unions, string unionName)
    {
        var groups = connection.Members.GroupBy(m => (m.Supplier.Instance, m.Supplier.Port)).ToList();
        if (groups.Count == 0) return new SupplierModel(SupplierKind.Missing, -1, port.Name);
        // One supplier whose members keep their names is the supplier itself; members from several
        // (a bundle union), or renamed on the way (a bundle argument), need a struct that forwards.
        var renamed = connection.Members.Any(m => m.Member != m.Supplier.Member);
        if (groups.Count == 1 && !renamed) return Single(groups[0].Key.Instance, groups[0].Key.Port);
        var members = Members(port.Bundle)
            .Select(m => (Model: m, Connection: connection.Members.FirstOrDefault(c => c.Member == m.Name)))
            .Where(x => x.Connection is not null)
            .Select(x => new UnionMemberModel(x.Model, Single(x.Connection!.Supplier.Instance, x.Connection.Supplier.Port)) { SupplierMember = x.Connection.Supplier.Member })
            .ToEquatableArray();
        // The name comes from ports, which for a bundle argument read '{.q = a.a1, r = b.b2}'.
        var typeName = "Union_" + CSharpNames.IdentifierPart(unionName);
        if (unions.Any(u => u.TypeName == typeName)) typeName += "_" + unions.Count;
        unions.Add(new UnionModel(typeName, InterfaceFor(port.Bundle, flat.Root, port.Name)?.QualifiedName, members));
        return new SupplierModel(SupplierKind.Union, unions.Count - 1, port.Name);

        SupplierModel Single(int instance, string supplierPort) => instance < 0
            ? new SupplierModel(SupplierKind.CompoundImport, -1, supplierPort)
            : new SupplierModel(SupplierKind.Instance, instance, supplierPort);
    }

    /// <summary>A composition whose units or links have errors is emitted as stubs that compile.</summary>
    private bool HasStructuralErrors(FlatComposition flat) =>
        flat.Diagnostics.Any(d => d.IsError) ||
        _unitsWithErrors.Contains(flat.Root) ||
        flat.Compounds.Any(c => _unitsWithErrors.Contains(c.Unit)) ||
        flat.Instances.Any(i => _unitsWithErrors.Contains(i.Unit) || i.Imports.Count != i.Unit.Imports.Count);
}
