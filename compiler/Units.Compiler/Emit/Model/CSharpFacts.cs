using Units.Compiler.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// What the generator learned from the project's C# compilation besides the implementations:
/// the C# types the bundletypes' members name, types the project declares under names Units
/// would generate or expects, and the language version. Value-equatable, so an edit that changes
/// none of it leaves the binding cached.
/// </summary>
public sealed record CSharpFacts(EquatableArray<ResolvedInterface> Interfaces, EquatableArray<DeclaredType> Declarations, string? LanguageVersionTooOld)
{
    public static readonly CSharpFacts None = new(EquatableArray<ResolvedInterface>.Empty, EquatableArray<DeclaredType>.Empty, null);

    /// <summary>
    /// The implementations of library units, read from the referenced assemblies' metadata: public
    /// members only (a library's initializers are reached through its generated public accessors),
    /// and no code to copy, so their instances forward.
    /// </summary>
    public EquatableArray<ImplementationInfo> LibraryImplementations { get; init; } = EquatableArray<ImplementationInfo>.Empty;

    /// <summary>Whether the project references Units.Extensions.DependencyInjection: compositions then get their edge to the host.</summary>
    public bool ReferencesHosting { get; init; }

    /// <summary>Library bundletypes whose interface a referenced assembly declares (the others are emitted here, so the code compiles).</summary>
    public EquatableArray<string> LibraryInterfacesFound { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The project's global usings (when it publishes units): a shipped template carries them, since they do not hold where it is copied.</summary>
    public EquatableArray<string> GlobalUsings { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Why the facts could not be read (a fault of Units, reported as UNIT0899), or null.</summary>
    public string? ReadFailure { get; init; }

    public static CSharpFacts Failed(Exception e) => None with { ReadFailure = $"{e.GetType().Name}: {e.Message}" };
}

/// <summary>A typed bundletype's own members as C# resolved them, in declaration order.</summary>
public sealed record ResolvedInterface(string QualifiedName, EquatableArray<ResolvedMember> Members);

/// <summary>
/// One member: its types fully qualified, its signature identity, and — when a type is not known
/// to the compilation — the first such type as written.
/// </summary>
public sealed record ResolvedMember(string Name, string ReturnType, EquatableArray<string> ParameterTypes, string Identity, string? UnknownType);

/// <summary>A type the project's own C# declares (any kind, any arity).</summary>
public sealed record DeclaredType(string Namespace, string Name, string Kind, bool IsPartial, bool IsStatic, EquatableArray<string> TypeParameters, SourceLocation Location)
{
    public string QualifiedName => CSharpNames.Global(Namespace, Name);

    /// <summary>As a C# programmer would name it: "static partial class Src&lt;TSelf&gt;".</summary>
    public string Describe() =>
        $"{(IsStatic ? "static " : "")}{(IsPartial ? "partial " : "")}{Kind} {Name}{(TypeParameters.IsEmpty ? "" : "<" + string.Join(", ", TypeParameters) + ">")}";
}
