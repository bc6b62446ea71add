using Units.Compiler.Emit;
using Units.Compiler.Text;

namespace Units.Generator.Implementations;

/// <summary>
/// One partial declaration of a candidate implementation type (<c>partial struct X&lt;TSelf, …&gt;</c>),
/// reduced to strings: what it declares and, when its code can be copied per instance, a template.
/// Parts of one type are merged into an <see cref="ImplementationInfo"/>.
/// </summary>
internal sealed record ImplementationPart(
    string Namespace,
    string Name,
    EquatableArray<string> TypeParameters,
    bool IsTopLevelStruct,
    EquatableArray<ImplementedMember> Members,
    EquatableArray<string> NestedTypes,
    EquatableArray<TemplateSegment> Template,
    string? CannotCopy,
    EquatableArray<string> Usings,
    EquatableArray<ImplementationError> Errors,
    SourceLocation Location)
{
    public string Key => $"{Namespace}.{Name}`{TypeParameters.Count}";

    /// <summary>Merges the parts of one type, in a stable order (file path, then position).</summary>
    public static ImplementationInfo Merge(IReadOnlyList<ImplementationPart> parts)
    {
        var ordered = parts.OrderBy(p => p.Location.Path, StringComparer.Ordinal).ThenBy(p => p.Location.Span.Start).ToList();
        var first = ordered[0];
        var copyable = ordered.All(p => p.CannotCopy is null);
        var template = copyable
            ? new ImplementationTemplate(ordered.SelectMany(p => p.Template).ToEquatableArray())
            : null;
        return new ImplementationInfo(
            first.Namespace,
            first.Name,
            first.TypeParameters,
            ordered.All(p => p.IsTopLevelStruct),
            ordered.SelectMany(p => p.Members).Distinct().ToEquatableArray(),
            ordered.SelectMany(p => p.NestedTypes).Distinct().ToEquatableArray(),
            template,
            ordered.SelectMany(p => p.Errors).Distinct().ToEquatableArray(),
            first.Location)
        {
            Usings = ordered.SelectMany(p => p.Usings).Distinct().OrderBy(u => u, StringComparer.Ordinal).ToEquatableArray(),
            CannotCopy = ordered.Select(p => p.CannotCopy).FirstOrDefault(r => r is not null),
        };
    }
}
