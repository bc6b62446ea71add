using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;
using Units.Compiler.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// Turns a checked compilation into the <see cref="EmitProgram"/>: interfaces for typed
/// bundletypes, the implementation shape of every atomic unit, and every compound unit flattened
/// with its wiring and schedule. Pure data out, so the generator can cache it.
/// </summary>
public sealed partial class EmitPlanner
{
    private readonly UnitCompilation _compilation;
    private readonly string _defaultNamespace;
    private readonly Dictionary<BundleTypeSymbol, InterfaceModel> _interfaces = new();
    private readonly List<InterfaceModel> _interfaceOrder = new();
    private readonly Dictionary<(UnitSymbol Unit, string Port), SortedSet<string>> _extraInterfaces = new();
    private readonly HashSet<UnitSymbol> _unitsWithErrors;
    private readonly DiagnosticBag _diagnostics = new();

    private EmitPlanner(UnitCompilation compilation, string defaultNamespace, IReadOnlyList<Diagnostic> diagnostics)
    {
        _compilation = compilation;
        _defaultNamespace = CSharpNames.NamespaceFromProject(defaultNamespace);
        _unitsWithErrors = UnitsWithErrors(compilation.Program.Units, diagnostics);
        foreach (var unit in compilation.Program.Units) CheckCallNames(unit);
    }

    /// <summary>
    /// A Knit call may be any symbol ('.init'); C# calls it by name, so a name C# cannot hold is an
    /// error here, and the unit is emitted as stubs (as for any unit with errors).
    /// </summary>
    private void CheckCallNames(UnitSymbol unit)
    {
        foreach (var call in unit.Initializers)
        {
            var name = call.Member ?? call.Function;
            if (CSharpNames.IsIdentifier(name)) continue;
            _diagnostics.Add(DiagnosticDescriptors.CallNameNotCSharp, call.Location, call.IsFinalizer ? "finalizer" : "initializer", Display.Name(name), unit.Name);
            _unitsWithErrors.Add(unit);
        }
    }

    /// <summary>
    /// Plans the C# for a compilation; <paramref name="root"/> limits the checks (not the emission)
    /// to one root. Each compound is flattened and scheduled once: the check's roots are reused.
    /// </summary>
    /// <param name="referencedNames">The compound names the project's C# uses: a compound used inside another is emitted only when named; null: every compound.</param>
    public static EmitProgram Plan(UnitCompilation compilation, string? root, string defaultNamespace, bool publishesUnits = false, ISet<string>? referencedNames = null)
    {
        var check = compilation.Check(root);
        var planner = new EmitPlanner(compilation, defaultNamespace, check.Diagnostics);
        foreach (var bundle in compilation.Program.BundleTypes.Values) planner.InterfaceFor(bundle, null, null);
        var compounds = compilation.ComposeEveryCompound(check, out var notComposed, out var tooLarge, referencedNames);
        static string Number(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        if (notComposed.Count > 0)
        {
            planner._diagnostics.Add(DiagnosticDescriptors.CompoundsNotEmitted, notComposed[0].Location, notComposed.Count,
                Number(UnitCompilation.NonRootEmissionBudget), Number(UnitCompilation.NonRootNameBudget), Display.List(notComposed.Select(c => c.Name)));
        }
        foreach (var (refused, characters) in tooLarge)
        {
            planner._diagnostics.Add(DiagnosticDescriptors.CompositionNamesTooLong, refused.Location, refused.Name,
                characters == long.MaxValue ? "more than " + Number(long.MaxValue) : Number(characters), Number(UnitCompilation.MaxEmittedNameCharacters));
        }
        foreach (var composition in compounds) planner.CollectConsumerInterfaces(composition.Flat);
        // A library's units matter here only where this project instantiates them.
        var instantiated = new HashSet<UnitSymbol>(compounds.SelectMany(c => c.Flat.Instances).Select(i => (UnitSymbol)i.Unit));
        var units = compilation.Program.Units.OfType<AtomicUnitSymbol>()
            .Where(u => compilation.LibraryOf(u.Location) is null || instantiated.Contains(u))
            .Concat(compounds.SelectMany(c => c.Flat.Instances).Select(i => i.Unit).OfType<InlineUnitSymbol>().Distinct())
            .Select(planner.PlanUnit).ToList();
        var compositions = compounds.Select(planner.PlanComposition).ToList();
        var diagnostics = DiagnosticOrder.Sort(check.Diagnostics.Concat(planner._diagnostics.ToArray()), compilation.Sources.Trees.Select(t => t.Path));
        return new EmitProgram(planner._interfaceOrder.ToEquatableArray(), units.ToEquatableArray(), compositions.ToEquatableArray(), diagnostics)
        {
            PublishesUnits = publishesUnits,
        };
    }

    private string NamespaceOf(string? ns) => string.IsNullOrEmpty(ns) ? _defaultNamespace : ns!;

    /// <summary>The interface of a typed bundle (named, or anonymous on a unit's port); null when it has untyped members.</summary>
    private InterfaceModel? InterfaceFor(BundleTypeSymbol bundle, UnitSymbol? unit, string? port)
    {
        if (!bundle.IsTyped || bundle.IsOpen) return null;
        if (_interfaces.TryGetValue(bundle, out var known)) return known;
        var name = bundle.IsAnonymous ? $"{unit!.Name}_{port}_T" : bundle.Name;
        var ns = NamespaceOf(bundle.IsAnonymous ? unit!.Namespace : bundle.Namespace);
        var baseModels = bundle.Extends.Select(b => InterfaceFor(b, unit, port)).Where(b => b is not null).Select(b => b!).ToList();
        var bases = baseModels.Select(b => b.QualifiedName).ToEquatableArray();
        var declaredAt = bundle.IsAnonymous ? unit!.Location : bundle.Location;
        var all = Members(bundle.Members);
        var model = new InterfaceModel(name, ns, bundle.Doc, bases, Members(bundle.OwnMembers), bundle.Location)
        {
            Library = _compilation.LibraryOf(declaredAt)?.Name,
            AllMembers = all,
            ServiceName = all.Any(m => m.Name == "Service") ? "Service_" : "Service",
            AdapterName = all.Any(m => m.Name == "Adapter") ? "Adapter_" : "Adapter",
            BaseServices = baseModels.Select(b => b.QualifiedService).ToEquatableArray(),
            InheritedNestedTypes = baseModels.SelectMany(b => b.InheritedNestedTypes.Append(b.ServiceName).Append(b.AdapterName))
                .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
        };
        _interfaces[bundle] = model;
        _interfaceOrder.Add(model);
        return model;
    }

    private static EquatableArray<MemberModel> Members(BundleTypeSymbol bundle) => Members(bundle.Members);

    private static EquatableArray<MemberModel> Members(IEnumerable<BundleMember> members) =>
        members.Where(m => m.Signature is not null).Select(m => new MemberModel(m.Name, m.Signature!.ReturnType,
            m.Signature.Parameters.Select(p => new ParameterModel(p.Modifiers, p.Type, p.Name)).ToEquatableArray(), m.Doc) { Location = m.Location }).ToEquatableArray();

    /// <summary>
    /// Compatibility is structural, so an export connected to an import of another bundletype must
    /// implement that bundletype's interface too: collect, per unit export, every such interface.
    /// </summary>
    private void CollectConsumerInterfaces(FlatComposition flat)
    {
        foreach (var instance in flat.Instances)
        {
            foreach (var port in instance.Imports)
            {
                var suppliers = port.Members.Select(m => m.Supplier).Where(s => !s.IsRootImport).Select(s => (s.Instance, s.Port)).Distinct().ToList();
                // Members from several suppliers, or renamed on the way, go through a forwarding struct that implements the interface.
                if (suppliers.Count != 1 || port.Members.Any(m => m.Member != m.Supplier.Member)) continue;
                var required = InterfaceFor(port.Port.Bundle, instance.Unit, port.Port.Name);
                if (required is null) continue;
                var supplier = flat.Instances[suppliers[0].Instance].Unit;
                var key = ((UnitSymbol)supplier, suppliers[0].Port);
                if (!_extraInterfaces.TryGetValue(key, out var set)) _extraInterfaces[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(required.QualifiedName);
            }
        }
    }

    /// <summary>Units whose declaration holds an error: their C# is replaced by stubs.</summary>
    private static HashSet<UnitSymbol> UnitsWithErrors(IEnumerable<UnitSymbol> units, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError && !d.Location.IsNone && d.Descriptor.Phase <= DiagnosticPhase.Flattening).ToList();
        return new HashSet<UnitSymbol>(units.Where(u => errors.Any(e => Contains(u.DeclarationLocation, e.Location))));
    }

    private static bool Contains(SourceLocation outer, SourceLocation inner) =>
        outer.Path == inner.Path && inner.Span.Start >= outer.Span.Start && inner.Span.End <= outer.Span.End;
}
