using Units.Compiler.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// What the C# compilation says about a unit's implementation type (the generator fills this in;
/// the CLI, which compiles no C#, has none and emits forwarding code only).
/// </summary>
public sealed record ImplementationInfo(
    string Namespace,
    string Name,
    EquatableArray<string> TypeParameters,
    bool IsPartialStruct,
    EquatableArray<ImplementedMember> Members,
    EquatableArray<string> NestedTypes,
    ImplementationTemplate? Template,
    EquatableArray<ImplementationError> Errors,
    SourceLocation Location)
{
    public string QualifiedName => CSharpNames.Global(Namespace, Name);

    /// <summary>The using directives of the implementation's files: copied code may need them (extension methods).</summary>
    public EquatableArray<string> Usings { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Why the code cannot be copied per instance (then instances forward to it), or null.</summary>
    public string? CannotCopy { get; init; }

    public ImplementedMember? FindMember(string name) => Members.FirstOrDefault(m => m.Name == name);

    /// <summary>
    /// True when the C# has errors of its own. Names of generated types (interfaces, compositions)
    /// are unknown to the generator's view of the code, so errors about them do not count.
    /// </summary>
    public bool HasErrorsBeyond(ISet<string> generatedNames) =>
        Errors.Any(e => !(e.Code is "CS0246" or "CS0103" or "CS0234" && generatedNames.Contains(e.Name)));
}

/// <summary>A compiler error in the implementation, as the generator sees it: its code and the name it is about.</summary>
public sealed record ImplementationError(string Code, string Name);

/// <summary>A static method of an implementation (in a nested struct when <see cref="Container"/> is set).</summary>
public sealed record ImplementedMember(string Container, string Name, string ReturnType, EquatableArray<string> ParameterTypes);

/// <summary>The implementation's members as text to copy per instance (see <see cref="TemplateSegment"/>); null when it cannot be copied.</summary>
public sealed record ImplementationTemplate(EquatableArray<TemplateSegment> Segments);

public enum TemplateSegmentKind
{
    /// <summary>Copied as it is.</summary>
    Text,

    /// <summary>A type parameter of the implementation (its index): replaced by what stands for it in this instance.</summary>
    TypeParameter,

    /// <summary>The implementation's own name where it names itself (a constructor, or <c>Impl&lt;…&gt;</c>): replaced by the instance's type.</summary>
    SelfName,
}

public sealed record TemplateSegment(TemplateSegmentKind Kind, string Text, int Index = 0);
