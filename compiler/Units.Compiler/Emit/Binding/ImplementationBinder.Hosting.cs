namespace Units.Compiler.Emit;

public sealed partial class ImplementationBinder
{
    /// <summary>
    /// When the project references Units.Extensions.DependencyInjection, each composition gets its
    /// edge to the host: the facade itself (a compound without imports), or a non-generic class of
    /// the same name that closes it over container-supplied imports. A compound with an untyped
    /// import cannot be supplied from the container and gets none.
    /// </summary>
    private HostingFile? Hosting(CompositionModel composition, HintNames hints)
    {
        if (_facts?.ReferencesHosting != true || composition.Imports.Any(i => i.Interface is null)) return null;
        var interfaces = _program.Interfaces.ToDictionary(i => i.QualifiedName, StringComparer.Ordinal);
        var facade = CSharpNames.Global(composition.Namespace, composition.Name);
        var imports = composition.Imports.Select(i => new HostedImport(
            i.Name,
            "Import_" + CSharpNames.IdentifierPart(i.Name),
            "s_" + CSharpNames.IdentifierPart(i.Name),
            interfaces.TryGetValue(i.Interface!, out var model) ? model.QualifiedService : i.Interface + ".Service",
            new[] { i.Interface! }.Concat(i.ExtraInterfaces).Distinct().ToEquatableArray(),
            i.Members)).ToList();
        var closed = imports.Count == 0 ? facade : $"{facade}<{string.Join(", ", imports.Select(i => i.TypeName))}>";
        var exports = composition.Exports.Where(e => e.Interface is not null && interfaces.ContainsKey(e.Interface))
            .Select(e => new HostedExport(e.Name, interfaces[e.Interface!].QualifiedService, interfaces[e.Interface!].QualifiedAdapter, $"{closed}.{e.TypeName}")
            {
                TypeName = e.TypeName,
                Interface = e.Interface!,
                Members = e.Members,
            });
        return new HostingFile(hints.Take("Hosting", composition.Namespace, composition.Name),
            new HostingModel(composition.Namespace, composition.Name, closed, imports.ToEquatableArray(), exports.ToEquatableArray()));
    }
}
