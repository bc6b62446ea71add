namespace Units.Compiler.Emit;

internal sealed partial class CompositionWriter
{
    /// <summary>
    /// An instance whose implementation is copied: its struct with the interfaces it implements,
    /// adapters for renamed members and stand-ins for missing initializers. The copied members
    /// themselves are in the composition's copy files (<see cref="CopyWriter"/>), so an edit of
    /// the implementation regenerates those files and not this one.
    /// </summary>
    private void WriteCopied(CodeWriter writer, InstanceModel instance, BoundUnit bound, List<string> interfaces)
    {
        var unit = bound.Unit;
        var adapters = unit.Exports.Where(e => e.NestedType is null).SelectMany(Renames)
            .Concat(unit.Initializers.Where(c => !c.IsOwned && !bound.HasCall(c.Function)).Select(c => $"internal static void {CSharpNames.Identifier(c.Function)}() {{ }}"))
            .ToList();
        var list = interfaces.Distinct().ToList();
        writer.Open($"public partial struct {instance.TypeName}{(list.Count == 0 ? "" : " : " + string.Join(", ", list))}");
        foreach (var adapter in adapters) writer.Line(adapter);
        foreach (var export in unit.Exports.Where(e => e.NestedType is not null))
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

    /// <summary>
    /// An inline unit's code becomes a struct beside the facade, where each import's name is an
    /// alias of its supplier (so the code can call <c>log.Write(…)</c>).
    /// </summary>
    private void WriteInline(InstanceModel instance, UnitModel unit)
    {
        var writer = new CodeWriter();
        writer.Open($"namespace {CSharpNames.Namespace(_composition.Namespace)}.{CSharpNames.Identifier(_composition.Name + "_Inline")}");
        for (var i = 0; i < unit.Imports.Count; i++)
        {
            // An import fed a bundle argument is named by it ('{q = a.a1}'): no name the code could use.
            if (!CSharpNames.IsIdentifier(unit.Imports[i].Name)) continue;
            var supplier = instance.Imports[i];
            var type = supplier.Kind == SupplierKind.Instance && _types.IsInline(supplier.Target)
                ? _types.Of(supplier)
                : $"{FacadeReference}.{_types.Of(supplier)}";
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
