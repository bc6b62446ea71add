using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

/// <summary>
/// Everything to write, file by file, after the implementations were bound: each file's input is
/// complete and value-equatable on its own, so the generator regenerates a file only when its
/// input changed (a comment edit in one implementation touches only the files holding its copies).
/// </summary>
public sealed record EmissionPlan(
    EquatableArray<InterfaceFile> Interfaces,
    EquatableArray<HeaderFile> Headers,
    EquatableArray<CompositionFile> Compositions,
    EquatableArray<CopyFile> Copies,
    EquatableArray<Diagnostic> Diagnostics)
{
    public static readonly EmissionPlan Empty = new(EquatableArray<InterfaceFile>.Empty, EquatableArray<HeaderFile>.Empty,
        EquatableArray<CompositionFile>.Empty, EquatableArray<CopyFile>.Empty, EquatableArray<Diagnostic>.Empty);

    /// <summary>The compositions as services of a Microsoft.Extensions host (only when Units.Extensions.DependencyInjection is referenced).</summary>
    public EquatableArray<HostingFile> Hosting { get; init; } = EquatableArray<HostingFile>.Empty;

    /// <summary>The merged exports of compositions marked <c>flatten</c>.</summary>
    public EquatableArray<FlattenedFile> Flattened { get; init; } = EquatableArray<FlattenedFile>.Empty;

    /// <summary>A unit library's copy templates, shipped in its assembly for the projects that compose its units.</summary>
    public EquatableArray<TemplateFile> Templates { get; init; } = EquatableArray<TemplateFile>.Empty;
}

/// <summary>
/// One implementation's templates as an assembly attribute (<see cref="TemplateCodec"/>): a
/// project that composes the unit from this library copies them per instance, as its own code.
/// </summary>
public sealed record TemplateFile(string HintName, string Key, string Encoded);

/// <summary>A composition's edge to a Microsoft.Extensions host: AddUnits&lt;App&gt;() registers its exports and runs its lifecycle.</summary>
public sealed record HostingFile(string HintName, HostingModel Hosting);

/// <summary>
/// What <c>services.AddUnits&lt;App&gt;()</c> needs of one composition: its exports as services
/// (each through its bundletype's adapter) and, for a compound with imports, the services that
/// supply them (a non-generic class closes the facade over structs that forward to them).
/// </summary>
public sealed record HostingModel(
    string Namespace,
    string Name,
    string Facade,
    EquatableArray<HostedImport> Imports,
    EquatableArray<HostedExport> Exports);

/// <summary>An import supplied by the container: a struct that forwards each member to the service resolved at start.</summary>
public sealed record HostedImport(string Name, string TypeName, string Field, string Service, EquatableArray<string> Interfaces, EquatableArray<MemberModel> Members);

/// <summary>An export registered as its bundletype's service (and keyed by the export's name).</summary>
public sealed record HostedExport(string Name, string Service, string Adapter, string ExportType)
{
    /// <summary>For a compound with imports: the export's struct name and members, forwarded from the non-generic class to the closed facade.</summary>
    public string TypeName { get; init; } = string.Empty;

    public string Interface { get; init; } = string.Empty;

    public EquatableArray<MemberModel> Members { get; init; } = EquatableArray<MemberModel>.Empty;
}

/// <summary>A typed bundletype's interface.</summary>
public sealed record InterfaceFile(string HintName, InterfaceModel Interface);

/// <summary>The generated half of a unit's implementation.</summary>
public sealed record HeaderFile(string HintName, HeaderModel Header);

/// <summary>
/// <c>partial struct Name&lt;TSelf, …&gt; : Interfaces where … { nested export structs, inline code, accessors }</c>.
/// <see cref="Constraints"/> holds, per type parameter, what follows its <c>where T :</c>.
/// </summary>
public sealed record HeaderModel(
    string Namespace,
    string Name,
    string? Doc,
    EquatableArray<string> TypeParameters,
    EquatableArray<string> Constraints,
    EquatableArray<string> Interfaces,
    EquatableArray<NestedExportHeader> NestedExports,
    string? InlineCode,
    EquatableArray<string> CallAccessors)
{
    /// <summary>The kind of type: "struct" for an implementation; another when the user declared it so (the header then only keeps their code compiling).</summary>
    public string Kind { get; init; } = "struct";

    /// <summary>
    /// Published (UnitsPublish): the type is declared public (unless the user gave it an
    /// accessibility) and the call accessors are public, for assemblies that compose it.
    /// </summary>
    public bool IsPublished { get; init; }

    /// <summary>Whether the header declares the type public: published, and the user's declaration names no accessibility.</summary>
    public bool DeclaresPublic { get; init; }
}

/// <summary>A nested struct of the header for one export (a unit with two exports of one bundletype).</summary>
public sealed record NestedExportHeader(string Name, EquatableArray<string> Interfaces);

/// <summary>A compound unit's facade with its instances, and the bound units they are instances of.</summary>
public sealed record CompositionFile(string HintName, CompositionModel Composition, EquatableArray<BoundUnit> Units)
{
    /// <summary>The facade is the host's composition type itself (a sealed class, not a static one): see <see cref="HostingFile"/>.</summary>
    public bool IsHostedFacade { get; init; }

    /// <summary>Its exports' members are merged paths, written in its <see cref="FlattenedFile"/> (a composition marked flatten, bound against C#).</summary>
    public bool IsFlattened { get; init; }

    public BoundUnit UnitOf(InstanceModel instance) => Units.First(u => u.Unit.Name == instance.Unit);
}

/// <summary>
/// The copies of one implementation's code into its instances in one composition: each partial
/// declaration is written once per instance, inside the facade, in a scope of its own.
/// </summary>
public sealed record CopyFile(string HintName, FacadeScope Facade, EquatableArray<CopyTemplate> Parts, EquatableArray<CopiedInstance> Instances);

/// <summary>Where copies go: the facade class, re-opened.</summary>
public sealed record FacadeScope(string Namespace, string Name, string TypeParameterList);

/// <summary>One instance receiving a copy: its struct, what fills each type parameter hole, and the implementation closed over it.</summary>
public sealed record CopiedInstance(string TypeName, EquatableArray<string> TypeArguments, string ClosedImplementation);
