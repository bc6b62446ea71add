using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

public sealed partial class ImplementationBinder
{
    private readonly Dictionary<string, ImplementationInfo> _copySources = new(StringComparer.Ordinal);

    /// <summary>One input per generated file, with hint names unique ignoring case (Roslyn compares them so).</summary>
    private EmissionPlan PlanFiles()
    {
        var hints = new HintNames();
        // A library's interfaces are in its assembly: emitting them again would make a second type
        // of the name. Without the assembly (UNIT0818 says so) they are emitted, so the rest compiles.
        var found = new HashSet<string>(_facts?.LibraryInterfacesFound ?? EquatableArray<string>.Empty, StringComparer.Ordinal);
        var interfaces = _program.Interfaces.Where(i => i.Library is null || (HasCSharp && !found.Contains(i.QualifiedName.Replace("global::", string.Empty))))
            .Select(i => new InterfaceFile(hints.Take("Interface", i.Namespace, i.Name), i)).ToList();
        var headers = new List<HeaderFile>();
        foreach (var unit in _program.Units)
        {
            if (_headerless.Contains(unit.Name)) continue;
            var shape = _headerShapes[unit.Name];
            headers.Add(new HeaderFile(hints.Take("Unit", shape.Namespace, shape.Name), Header(_units[unit.Name], shape)));
        }
        var compositions = new List<CompositionFile>();
        var copies = new List<CopyFile>();
        var hosting = new List<HostingFile>();
        var flattened = new List<FlattenedFile>();
        foreach (var composition in _program.Compositions)
        {
            if (_takenFacades.Contains(composition.Name)) continue;
            var units = composition.Instances.Select(i => i.Unit).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => _units[n]).ToEquatableArray();
            var host = Hosting(composition, hints);
            if (host is not null) hosting.Add(host);
            var file = new CompositionFile(hints.Take("Composition", composition.Namespace, composition.Name), composition, units)
            {
                IsHostedFacade = host is not null && composition.Imports.IsEmpty,
            };
            if (!composition.HasErrors) copies.AddRange(Copies(file, hints));
            if (Flattened(file, hints) is { } merged)
            {
                flattened.Add(merged);
                file = file with { IsFlattened = true };
            }
            compositions.Add(file);
        }
        return new EmissionPlan(interfaces.ToEquatableArray(), headers.ToEquatableArray(), compositions.ToEquatableArray(), copies.ToEquatableArray(),
            EquatableArray<Diagnostics.Diagnostic>.Empty)
        {
            Hosting = hosting.ToEquatableArray(),
            Templates = Templates(hints).ToEquatableArray(),
            Flattened = flattened.ToEquatableArray(),
        };
    }

    /// <summary>
    /// A published project's own copyable implementations, as templates for other assemblies: a
    /// project composing them from this library then copies them as it copies its own code, so
    /// the library costs nothing at run time. Code that names what is not public stays behind
    /// (those instances forward to the compiled implementation) and says why (UNIT0820).
    /// </summary>
    private IEnumerable<TemplateFile> Templates(HintNames hints)
    {
        if (!_program.PublishesUnits || !HasCSharp) yield break;
        foreach (var unit in _program.Units)
        {
            if (unit.Library is not null || _headerless.Contains(unit.Name) || !_copySources.TryGetValue(unit.Name, out var source)) continue;
            if (source.CannotShip is { } reason)
            {
                _diagnostics.Add(DiagnosticDescriptors.TemplateNotShipped, unit.ImplementationLocation, unit.Name, reason);
                continue;
            }
            var parts = source.Parts.Select(p => p with
            {
                Usings = p.Usings.Concat(_facts!.GlobalUsings).Distinct(StringComparer.Ordinal).OrderBy(u => u, StringComparer.Ordinal).ToEquatableArray(),
            }).ToList();
            var key = TemplateCodec.Key(source.Namespace, source.Name, source.TypeParameters.Count);
            yield return new TemplateFile(hints.Take("Template", source.Namespace, source.Name), key, TemplateCodec.Encode(parts));
        }
    }

    /// <summary>The generated half of a unit's implementation, decided here so the writer only writes it.</summary>
    private HeaderModel Header(BoundUnit bound, HeaderShape shape)
    {
        var unit = bound.Unit;
        var published = _program.PublishesUnits;
        // Export interfaces go on the implementation only when it has their members under their own
        // names: the C# compiler then checks the signatures (a renamed member is adapted per instance).
        bool Declares(ExportModel e) => bound.Mode != EmissionMode.Stub && bound.Implements(e) && e.Interface is not null &&
                                        e.Members.Select((_, i) => e.ImplementedName(i)).SequenceEqual(e.Members.Select(m => m.Name));
        var constraints = new[] { "struct" }
            .Concat(unit.Imports.Select(i => i.Interface is null || IsBroken(i.Interface) ? "struct" : "struct, " + i.Interface));
        return new HeaderModel(
            shape.Namespace,
            shape.Name,
            unit.Doc ?? $"The implementation of unit '{unit.Name}'.",
            shape.TypeParameters,
            constraints.ToEquatableArray(),
            unit.Exports.Where(e => e.NestedType is null && Declares(e)).Select(e => e.Interface!).Distinct().ToEquatableArray(),
            unit.Exports.Where(e => e.NestedType is not null)
                .Select(e => new NestedExportHeader(e.NestedType!, Declares(e) ? EquatableArray.Create(e.Interface!) : EquatableArray<string>.Empty)).ToEquatableArray(),
            unit.InlineCode,
            // Initializers may be private; forwarding instances reach them through accessors.
            // A published unit may be forwarded to from another assembly, whatever this project does with it.
            unit.Initializers.Where(c => !c.IsOwned && bound.HasCall(c.Function) &&
                                         (bound.Mode == EmissionMode.Forward || (published && bound.Mode == EmissionMode.Copy)))
                .Select(c => c.Function).ToEquatableArray())
        {
            Kind = shape.Kind,
            IsPublished = published,
            DeclaresPublic = published && !shape.DeclaresAccessibility,
        };
    }

    /// <summary>For each implementation copied into this composition, the file of its copies.</summary>
    private IEnumerable<CopyFile> Copies(CompositionFile file, HintNames hints)
    {
        var composition = file.Composition;
        var types = new InstanceTypes(composition, file.UnitOf);
        var facade = new FacadeScope(composition.Namespace, CSharpNames.Identifier(composition.Name), composition.TypeParameterList);
        var groups = composition.Instances.Select((instance, index) => (Instance: instance, Index: index, Bound: file.UnitOf(instance)))
            .Where(x => x.Bound.Mode == EmissionMode.Copy)
            .GroupBy(x => x.Bound.Unit.QualifiedImplementationName, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var first = group.First().Bound.Unit;
            var source = _copySources[first.Name];
            var instances = group.Select(x => new CopiedInstance(x.Instance.TypeName, types.Arguments(x.Index), types.ClosedImplementation(x.Index))).ToEquatableArray();
            yield return new CopyFile(hints.Take("Copies", composition.Namespace, composition.Name + "." + first.ImplementationName), facade, source.Parts, instances);
        }
    }

    /// <summary>
    /// Hint names, unique ignoring case: C# names that differ only in case (a unit 'Disk' and a
    /// unit 'disk') get a numbered second file instead of a generator failure.
    /// </summary>
    private sealed class HintNames
    {
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

        public string Take(string kind, string ns, string name)
        {
            // Roslyn accepts letters, digits and a few punctuation marks in hint names.
            var stem = new string($"Units.{kind}.{ns}.{name}".Select(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '_' or '-' ? c : '_').ToArray());
            var hint = stem + ".g.cs";
            for (var n = 2; !_seen.Add(hint); n++) hint = $"{stem}.{n}.g.cs";
            return hint;
        }
    }
}
