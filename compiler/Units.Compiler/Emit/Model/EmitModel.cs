using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// Everything the C# emitter needs from the unit files, as plain value-equatable data (no symbols,
/// no syntax), so the generator can cache on it: an unchanged model means unchanged output.
/// </summary>
public sealed record EmitProgram(
    EquatableArray<InterfaceModel> Interfaces,
    EquatableArray<UnitModel> Units,
    EquatableArray<CompositionModel> Compositions,
    EquatableArray<Diagnostic> Diagnostics)
{
    public UnitModel? FindUnit(string name) => Units.FirstOrDefault(u => u.Name == name);

    /// <summary>
    /// Whether the project publishes its units for other assemblies to compose (UnitsPublish):
    /// the generated halves of implementations are then public, with public accessors for
    /// initializers, so a project that references this one can instantiate them.
    /// </summary>
    public bool PublishesUnits { get; init; }
}

/// <summary>
/// A typed bundletype, emitted as an interface of static abstract members. <c>extends</c> becomes
/// interface inheritance (<see cref="Bases"/>), and <see cref="Members"/> are the ones declared here.
/// </summary>
public sealed record InterfaceModel(string Name, string Namespace, string? Doc, EquatableArray<string> Bases, EquatableArray<MemberModel> Members, SourceLocation Location)
{
    public string QualifiedName => CSharpNames.Global(Namespace, Name);

    /// <summary>The unit library that declares it (its assembly holds the interface), or null: this project emits it.</summary>
    public string? Library { get; init; }

    /// <summary>Every member, declared here or inherited: what the <see cref="AdapterName"/> class forwards.</summary>
    public EquatableArray<MemberModel> AllMembers { get; init; } = EquatableArray<MemberModel>.Empty;

    /// <summary>
    /// The nested instance interface (<c>Log_T.Service</c>): the bundle as an object, for code that
    /// takes services (dependency injection, mocks). "Service_" when a member is named Service.
    /// </summary>
    public string ServiceName { get; init; } = "Service";

    /// <summary>The nested class that makes any struct implementing the bundle a <see cref="ServiceName"/> object (<c>Log_T.Adapter&lt;App.Log&gt;</c>).</summary>
    public string AdapterName { get; init; } = "Adapter";

    /// <summary>The bases' instance interfaces, qualified (<c>global::Ns.Base_T.Service</c>).</summary>
    public EquatableArray<string> BaseServices { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Names of the nested types of every interface it extends, directly or not: its own hide those of the same name ('new').</summary>
    public EquatableArray<string> InheritedNestedTypes { get; init; } = EquatableArray<string>.Empty;

    public string QualifiedService => QualifiedName + "." + ServiceName;

    public string QualifiedAdapter => QualifiedName + "." + AdapterName;
}

/// <summary>
/// A typed bundle member. Its types are written as in the unit file until the generator resolves
/// them against the C# compilation: then they are fully qualified (so they mean the same in any
/// namespace) and <see cref="Identity"/> is the signature to compare implementations with.
/// </summary>
public sealed record MemberModel(string Name, string ReturnType, EquatableArray<ParameterModel> Parameters, string? Doc)
{
    /// <summary>Where the member is declared in its .unit file.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>The resolved signature (return and parameter types, without nullable annotations), or null before resolution.</summary>
    public string? Identity { get; init; }

    public string Declaration => $"{ReturnType} {CSharpNames.Identifier(Name)}({string.Join(", ", Parameters.Select(p => p.Declaration))})";

    /// <summary>The arguments that pass this member's parameters on unchanged.</summary>
    public string Arguments => string.Join(", ", Parameters.Select(p => p.Argument));

    public bool ReturnsVoid => ReturnType == "void";
}

public sealed record ParameterModel(string Modifiers, string Type, string Name)
{
    public string Declaration => Modifiers.Length == 0 ? $"{Type} {CSharpNames.Identifier(Name)}" : $"{Modifiers} {Type} {CSharpNames.Identifier(Name)}";

    /// <summary>How the argument is passed: "ref ", "out ", "in " or nothing.</summary>
    public string Passing => Modifiers.Split(' ').FirstOrDefault(m => m is "ref" or "out" or "in") is { } kind ? kind + " " : string.Empty;

    public string Argument => Passing + CSharpNames.Identifier(Name);
}

/// <summary>An atomic unit: what its C# implementation must look like.</summary>
public sealed record UnitModel(
    string Name,
    string Namespace,
    string ImplementationName,
    string ImplementationNamespace,
    string? Doc,
    EquatableArray<ImportModel> Imports,
    EquatableArray<ExportModel> Exports,
    EquatableArray<CallDeclaration> Initializers,
    string? InlineCode,
    bool IsInlineUnit,
    bool Flatten,
    bool HasErrors,
    SourceLocation Location,
    SourceLocation ImplementationLocation)
{
    public string QualifiedImplementationName => CSharpNames.Global(ImplementationNamespace, ImplementationName);

    /// <summary>Where the <see cref="InlineCode"/> stands in the unit file.</summary>
    public SourceLocation? InlineCodeLocation { get; init; }

    /// <summary>The unit library that declares it (its assembly holds the implementation), or null for this project's own.</summary>
    public string? Library { get; init; }

    /// <summary><c>TSelf</c>, then one type parameter per import, in order.</summary>
    public EquatableArray<string> TypeParameters =>
        new[] { CSharpNames.SelfTypeParameter }.Concat(Imports.Select(i => i.TypeParameter)).ToEquatableArray();

    /// <summary>True when every port has a C# interface, so the unit can be emitted.</summary>
    public bool IsTyped => Imports.All(i => i.Interface is not null || i.IsOpen) && Exports.All(e => e.Interface is not null || e.IsOpen);
}

/// <summary>
/// An import: the type parameter that stands for its supplier and the interface it requires.
/// For a compound's import, <see cref="ExtraInterfaces"/> are those of the inner imports it is
/// passed to (compatibility is structural, so the supplier must implement them too).
/// </summary>
public sealed record ImportModel(string Name, string TypeParameter, string? Interface, EquatableArray<MemberModel> Members, bool IsOpen, SourceLocation Location)
{
    public EquatableArray<string> ExtraInterfaces { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>
/// An export. <see cref="NestedType"/> is set when the unit has two exports of one bundletype
/// (or with clashing member names): each such export is then a nested struct of its own.
/// <see cref="ExtraInterfaces"/> are the interfaces of imports it is connected to anywhere
/// (compatibility is structural, so a supplier implements its consumers' interfaces too).
/// </summary>
public sealed record ExportModel(
    string Name,
    string? NestedType,
    string? Interface,
    EquatableArray<string> ExtraInterfaces,
    EquatableArray<MemberModel> Members,
    bool IsOpen,
    SourceLocation Location)
{
    /// <summary>
    /// The name the implementation gives each member (aligned with <see cref="Members"/>): the member's
    /// own name unless a <c>rename</c> clause says otherwise. Instances then expose the bundle's name.
    /// </summary>
    public EquatableArray<string> ImplementedNames { get; init; } = EquatableArray<string>.Empty;

    public string ImplementedName(int member) => ImplementedNames.Count > member ? ImplementedNames[member] : Members[member].Name;

    public IEnumerable<string> AllInterfaces => (Interface is null ? Enumerable.Empty<string>() : new[] { Interface }).Concat(ExtraInterfaces).Distinct();
}

/// <summary><c>initializer f for …</c> or <c>finalizer f for …</c>.</summary>
public sealed record CallDeclaration(string Function, bool IsFinalizer, SourceLocation Location)
{
    /// <summary>For a function of an import (<c>initializer isa.probe</c>): the import; the call is then made on its supplier.</summary>
    public string? Owner { get; init; }

    /// <summary>The import's member that is called, when <see cref="Owner"/> is set.</summary>
    public string? Member { get; init; }

    public bool IsOwned => Owner is not null;
}

/// <summary>A compound unit: a static class with its exports as nested types, and Initialize/Shutdown.</summary>
public sealed record CompositionModel(
    string Name,
    string Namespace,
    string? Doc,
    EquatableArray<ImportModel> Imports,
    EquatableArray<InstanceModel> Instances,
    EquatableArray<UnionModel> Unions,
    EquatableArray<CompositionExportModel> Exports,
    EquatableArray<ScheduledCallModel> Initializers,
    EquatableArray<ScheduledCallModel> Finalizers,
    bool HasErrors,
    SourceLocation Location)
{
    public string TypeParameterList => Imports.IsEmpty ? string.Empty : "<" + string.Join(", ", Imports.Select(i => i.TypeParameter)) + ">";

    /// <summary>What the composition was built from, emitted as its <c>Manifest</c> for reports at run time.</summary>
    public ManifestModel Manifest { get; init; } = ManifestModel.Empty;

    /// <summary>
    /// <c>flatten</c>: each export is a struct of its own whose members merge the bodies along their
    /// call paths (<see cref="FlattenedFile"/>); no instance takes an export's name.
    /// </summary>
    public bool Flatten { get; init; }
}

/// <summary>
/// The composition as data: links as "consumer.import &lt;- supplier.export" lines, the properties
/// its design rules constrain and how many rule clauses the check applied to its instances.
/// </summary>
public sealed record ManifestModel(EquatableArray<string> Links, EquatableArray<string> Properties, int RuleClauses)
{
    public static readonly ManifestModel Empty = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, 0);
}

/// <summary>One atomic instance: its nested struct, its unit and what supplies each import.</summary>
public sealed record InstanceModel(string TypeName, string Unit, string InstanceName, EquatableArray<SupplierModel> Imports, SourceLocation Location);

public enum SupplierKind
{
    /// <summary>An export of another instance (<see cref="SupplierModel.Target"/> is its index, <see cref="SupplierModel.Port"/> the export).</summary>
    Instance,

    /// <summary>A generated union struct (<see cref="SupplierModel.Target"/> is its index).</summary>
    Union,

    /// <summary>An import of the compound: its type parameter (<see cref="SupplierModel.Port"/>).</summary>
    CompoundImport,

    /// <summary>Nothing could be connected (the unit files have an error).</summary>
    Missing,

    /// <summary>A function of a supplier that has no C# (a unit not emitted, UNIT0804): nothing to call.</summary>
    NotEmitted,
}

public sealed record SupplierModel(SupplierKind Kind, int Target, string Port);

/// <summary>
/// A struct that gathers the members of one import from several suppliers (a bundle union),
/// each member forwarding to the export that supplies it.
/// </summary>
public sealed record UnionModel(string TypeName, string? Interface, EquatableArray<UnionMemberModel> Members);

public sealed record UnionMemberModel(MemberModel Member, SupplierModel Supplier)
{
    /// <summary>The member's name at its supplier (another, when a bundle argument renames it).</summary>
    public string? SupplierMember { get; init; }
}

/// <summary>An export of the compound: a nested type named after it.</summary>
public sealed record CompositionExportModel(string Name, string TypeName, string? Interface, EquatableArray<MemberModel> Members, SupplierModel Supplier);

/// <summary>
/// A call to make in Initialize or Shutdown: <c>Instance.Function()</c>, or, for a function of
/// another's (an import's, or a name of a compound's link), <c>Via.Function()</c> on what supplies
/// it. <see cref="Name"/> is how reports show it.
/// </summary>
public sealed record ScheduledCallModel(int Instance, string Function)
{
    public SupplierModel? Via { get; init; }

    public string Name { get; init; } = string.Empty;
}
