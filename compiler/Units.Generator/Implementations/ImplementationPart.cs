using Units.Compiler.Emit;
using Units.Compiler.Text;

namespace Units.Generator.Implementations;

/// <summary>
/// One partial declaration of a candidate implementation type (<c>partial struct X&lt;TSelf, …&gt;</c>),
/// reduced to strings: what it declares and, when its code can be copied per instance, a template
/// with the scope it needs. Parts of one type are merged into an <see cref="ImplementationInfo"/>.
/// </summary>
internal sealed record ImplementationPart(
    string Namespace,
    string Name,
    EquatableArray<string> TypeParameters,
    string? ShapeProblem,
    EquatableArray<ImplementedMember> Members,
    EquatableArray<string> NestedTypes,
    CopyTemplate? Template,
    string? CannotCopy,
    EquatableArray<TypeParameterAccess> Accesses,
    EquatableArray<ImplementationError> Errors,
    SourceLocation Location)
{
    public string Key => $"{Namespace}.{Name}`{TypeParameters.Count}";

    /// <summary>Whether this part names an accessibility (public, internal…).</summary>
    public bool DeclaresAccessibility { get; init; }

    /// <summary>Why its template cannot be copied into another assembly, or null.</summary>
    public string? CannotShip { get; init; }

    /// <summary>Merges the parts of one type, in a stable order (file path, then position).</summary>
    public static ImplementationInfo Merge(IReadOnlyList<ImplementationPart> parts)
    {
        var ordered = parts.OrderBy(p => p.Location.Path, StringComparer.Ordinal).ThenBy(p => p.Location.Span.Start).ToList();
        var first = ordered[0];
        var cannotCopy = ordered.Select(p => p.CannotCopy).FirstOrDefault(r => r is not null);
        return new ImplementationInfo(
            first.Namespace,
            first.Name,
            first.TypeParameters,
            ordered.Select(p => p.ShapeProblem).FirstOrDefault(r => r is not null),
            ordered.SelectMany(p => p.Members).Distinct().ToEquatableArray(),
            ordered.SelectMany(p => p.NestedTypes).Distinct().ToEquatableArray(),
            ordered.SelectMany(p => p.Errors).Distinct().ToEquatableArray(),
            first.Location)
        {
            Parts = cannotCopy is null ? ordered.Select(p => p.Template!).ToEquatableArray() : EquatableArray<CopyTemplate>.Empty,
            CannotCopy = cannotCopy,
            Accesses = ordered.SelectMany(p => p.Accesses).Distinct().ToEquatableArray(),
            DeclaresAccessibility = ordered.Any(p => p.DeclaresAccessibility),
            CannotShip = ordered.Select(p => p.CannotShip).FirstOrDefault(r => r is not null),
        };
    }
}
