using Units.Compiler.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// What the C# compilation says about a unit's implementation type, gathered from all its partial
/// declarations (the generator fills this in; the CLI, which compiles no C#, has none and emits
/// forwarding code only). <see cref="ShapeProblem"/> says why the type cannot stand for instances
/// (nested in another type, a ref struct), or is null.
/// </summary>
public sealed record ImplementationInfo(
    string Namespace,
    string Name,
    EquatableArray<string> TypeParameters,
    string? ShapeProblem,
    EquatableArray<ImplementedMember> Members,
    EquatableArray<string> NestedTypes,
    EquatableArray<ImplementationError> Errors,
    SourceLocation Location)
{
    public string QualifiedName => CSharpNames.Global(Namespace, Name);

    /// <summary>Each partial declaration's code, to copy per instance in its own scope; empty when <see cref="CannotCopy"/> says why not.</summary>
    public EquatableArray<CopyTemplate> Parts { get; init; } = EquatableArray<CopyTemplate>.Empty;

    /// <summary>Why the code cannot be copied per instance (then instances forward to it), or null.</summary>
    public string? CannotCopy { get; init; }

    /// <summary>
    /// Why the templates cannot be shipped for other assemblies to copy (the code names something
    /// that is not public), or null. Only a unit library's published units ship them.
    /// </summary>
    public string? CannotShip { get; init; }

    /// <summary>Whether a part of the declaration names its accessibility (public, internal…): a published header then names none.</summary>
    public bool DeclaresAccessibility { get; init; }

    /// <summary>For an implementation read from a library's assembly: whether the type is public.</summary>
    public bool IsPublic { get; init; } = true;

    /// <summary>The assembly an implementation was read from (metadata), or null for this project's source.</summary>
    public string? Assembly { get; init; }

    /// <summary>Members the code reaches through its own type parameters (<c>TInner.Read(…)</c>): checked against the imports' bundles.</summary>
    public EquatableArray<TypeParameterAccess> Accesses { get; init; } = EquatableArray<TypeParameterAccess>.Empty;

    /// <summary>
    /// True when the C# has errors of its own. Names of generated types (interfaces, compositions)
    /// are unknown to the generator's view of the code, so errors about them do not count.
    /// </summary>
    public bool HasErrorsBeyond(ISet<string> generatedNames) =>
        Errors.Any(e => !(e.Code is "CS0246" or "CS0103" or "CS0234" && generatedNames.Contains(e.Name)));
}

/// <summary>A compiler error in the implementation, as the generator sees it: its code and the name it is about.</summary>
public sealed record ImplementationError(string Code, string Name);

/// <summary>
/// A static method of an implementation (in a nested struct when <see cref="Container"/> is set).
/// The types are for messages; <see cref="Identity"/> is the signature in the form
/// <see cref="MemberModel.Identity"/> uses, so the two compare exactly.
/// </summary>
public sealed record ImplementedMember(string Container, string Name, string ReturnType, EquatableArray<string> ParameterTypes, string? Identity, SourceLocation Location)
{
    public string Display => $"{ReturnType} {Name}({string.Join(", ", ParameterTypes)})";

    /// <summary>The return and parameter types fully qualified, as generated code writes them (parameters without ref/out/in).</summary>
    public string QualifiedReturnType { get; init; } = string.Empty;

    public EquatableArray<string> QualifiedParameterTypes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>False for a member that cannot implement an interface member (internal, private, protected).</summary>
    public bool IsPublic { get; init; } = true;
}

/// <summary>A member reached through a type parameter: <c>T{Import}.{Member}</c>, invoked with <see cref="Arguments"/> arguments (-1: not invoked).</summary>
public sealed record TypeParameterAccess(int TypeParameter, string Member, int Arguments);

/// <summary>
/// One partial declaration of an implementation, as text to copy into every instance. It is
/// copied in a scope of its own that stands for the original's: its file's using directives and
/// its namespaces (for extension methods), its nullable context, its modifiers and attributes.
/// </summary>
public sealed record CopyTemplate(
    EquatableArray<string> Usings,
    bool NullableAnnotations,
    EquatableArray<string> Modifiers,
    EquatableArray<TemplateSegment> Attributes,
    EquatableArray<TemplateSegment> Members)
{
    /// <summary>The part's static methods whose bodies <c>flatten</c> can merge into a caller (<see cref="MethodTemplate"/>).</summary>
    public EquatableArray<MethodTemplate> Methods { get; init; } = EquatableArray<MethodTemplate>.Empty;

    /// <summary>The part's static methods that have no method template, and why (for UNIT0821).</summary>
    public EquatableArray<UnmergedMethod> Unmerged { get; init; } = EquatableArray<UnmergedMethod>.Empty;
}

/// <summary>A static method whose body flatten cannot merge, and why ("it is generic").</summary>
public sealed record UnmergedMethod(string Name, string Reason);

/// <summary>
/// A static method's body as a template that can be merged into another method: its parameters and
/// locals are holes (<see cref="TemplateSegmentKind.Local"/>, renamed per merge), its own static
/// members are qualified by a hole (<see cref="TemplateSegmentKind.OwnQualifier"/>: the instance
/// that owns the body), and each call through an import in tail position is a hole
/// (<see cref="TemplateSegmentKind.TailCall"/>) that the callee's body can replace. The body is a
/// list of statements (an expression body becomes <c>return e;</c>, or <c>e;</c> for void).
/// </summary>
public sealed record MethodTemplate(
    string Name,
    EquatableArray<TemplateSegment> ReturnType,
    EquatableArray<MethodParameter> Parameters,
    EquatableArray<TemplateSegment> Body,
    EquatableArray<TailCallTemplate> TailCalls)
{
    public bool ReturnsVoid => ReturnType.Count == 1 && ReturnType[0].Kind == TemplateSegmentKind.Text && ReturnType[0].Text == "void";

    /// <summary>Declared unsafe, or in an unsafe type: a merged method holding it is unsafe.</summary>
    public bool IsUnsafe { get; init; }
}

/// <param name="Passing">"ref ", "out ", "in " or "".</param>
/// <param name="IsWritten">Whether the body assigns the parameter (a by-value argument can then not simply be its caller's variable).</param>
public sealed record MethodParameter(string Name, string Passing, EquatableArray<TemplateSegment> Type, bool IsWritten);

/// <summary>
/// <c>return TNext.Push(ref p);</c> (or <c>TNext.Log(m);</c> ending a void method): a call of
/// member <see cref="Member"/> through type parameter <see cref="TypeParameter"/>.
/// </summary>
public sealed record TailCallTemplate(int TypeParameter, string Member, EquatableArray<CallArgument> Arguments, bool Returns);

/// <summary>An argument: how it is passed, its expression, and the local it is when it is just one (else -1).</summary>
public sealed record CallArgument(string Passing, EquatableArray<TemplateSegment> Expression, int Local);

public enum TemplateSegmentKind
{
    /// <summary>Copied as it is.</summary>
    Text,

    /// <summary>A type parameter of the implementation (its index): replaced by what stands for it in this instance.</summary>
    TypeParameter,

    /// <summary>The implementation's own name where it names itself (a constructor, or <c>Impl&lt;…&gt;</c>): replaced by the instance's type.</summary>
    SelfName,

    /// <summary>The implementation as a type object (<c>typeof(Impl&lt;TSelf, …&gt;)</c>): the implementation closed over this instance.</summary>
    ClosedSelf,

    /// <summary>In a <see cref="MethodTemplate"/>: a parameter or local (its slot), renamed where the body is merged.</summary>
    Local,

    /// <summary>In a <see cref="MethodTemplate"/>: before a simple name of the implementation's own static member, the owning instance and a dot.</summary>
    OwnQualifier,

    /// <summary>In a <see cref="MethodTemplate"/>: the statement of tail call number <see cref="TemplateSegment.Index"/>.</summary>
    TailCall,
}

public sealed record TemplateSegment(TemplateSegmentKind Kind, string Text, int Index = 0);
