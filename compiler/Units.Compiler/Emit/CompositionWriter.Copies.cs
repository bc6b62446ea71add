using System.Text;

namespace Units.Compiler.Emit;

internal sealed partial class CompositionWriter
{
    /// <summary>
    /// The implementation's members copied into this instance's own struct, its type parameters
    /// replaced by this instance and its suppliers: calls between instances are then direct calls
    /// the JIT inlines, and each instance has its own static state.
    /// </summary>
    private void WriteCopy(CodeWriter writer, InstanceModel instance, int index, UnitShape shape, List<string> interfaces)
    {
        var unit = shape.Unit;
        var arguments = new[] { instance.TypeName }.Concat(instance.Imports.Select(TypeOf)).ToArray();
        var body = Render(shape.Info!.Template!, arguments, instance.TypeName);
        var list = interfaces.Distinct().ToList();
        writer.Line($"public partial struct {instance.TypeName}{(list.Count == 0 ? "" : " : " + string.Join(", ", list))}");
        writer.Line("{");
        writer.Block(body);
        writer.Line("}");
        // Adapters for renamed members, and empty stand-ins for initializers the implementation lacks (reported).
        var direct = unit.Exports.Where(e => e.NestedType is null).SelectMany(Renames)
            .Concat(unit.Initializers.Where(c => !shape.HasCall(c.Function)).Select(c => $"internal static void {CSharpNames.Identifier(c.Function)}() {{ }}"))
            .ToList();
        var nested = unit.Exports.Where(e => e.NestedType is not null).ToList();
        if (direct.Count == 0 && nested.Count == 0) return;
        writer.Open($"public partial struct {instance.TypeName}");
        foreach (var adapter in direct) writer.Line(adapter);
        foreach (var export in nested)
        {
            var interfacesOf = export.AllInterfaces.ToList();
            writer.Open($"partial struct {export.NestedType}{(interfacesOf.Count == 0 ? "" : " : " + string.Join(", ", interfacesOf))}");
            foreach (var adapter in Renames(export)) writer.Line(adapter);
            writer.Close();
        }
        writer.Close();
    }

    /// <summary>For members the implementation names differently (<c>rename</c>): the bundle's name, calling the implementation's.</summary>
    private static IEnumerable<string> Renames(ExportModel export) =>
        export.Members.Select((m, i) => (Member: m, Name: export.ImplementedName(i)))
            .Where(x => x.Name != x.Member.Name)
            .Select(x => Forwarding(x.Member, string.Empty, x.Name));

    internal static string Render(ImplementationTemplate template, IReadOnlyList<string> typeArguments, string selfName)
    {
        var text = new StringBuilder();
        foreach (var segment in template.Segments)
        {
            text.Append(segment.Kind switch
            {
                TemplateSegmentKind.TypeParameter => typeArguments[segment.Index],
                TemplateSegmentKind.SelfName => selfName,
                _ => segment.Text,
            });
        }
        return text.ToString();
    }

    /// <summary>
    /// An inline unit's code becomes a struct beside the facade, where each import's name is an
    /// alias of its supplier (so the code can call <c>log.Write(…)</c>).
    /// </summary>
    private void WriteInline(InstanceModel instance, int index, UnitModel unit)
    {
        var writer = new CodeWriter();
        writer.Open($"namespace {_composition.Namespace}.{_composition.Name}_Inline");
        for (var i = 0; i < unit.Imports.Count; i++)
        {
            var supplier = instance.Imports[i];
            var type = supplier.Kind == SupplierKind.Instance && _shapes[_composition.Instances[supplier.Target].Unit].Mode == EmissionMode.Inline
                ? TypeOf(supplier)
                : $"{FacadeReference}.{TypeOf(supplier)}";
            writer.Line($"using {CSharpNames.Identifier(unit.Imports[i].Name)} = {type};");
        }
        var interfaces = unit.Exports.SelectMany(e => e.AllInterfaces).Distinct().ToList();
        writer.Line($"/// <summary>Instance {instance.InstanceName}: code written inline in the link of {_composition.Name}.</summary>");
        writer.Line($"public struct {instance.TypeName}{(interfaces.Count == 0 ? "" : " : " + string.Join(", ", interfaces))}");
        writer.Line("{");
        writer.Block(unit.InlineCode ?? string.Empty);
        writer.Line("}");
        writer.Close();
        _inlineStructs.Add(writer.ToString());
    }
}
