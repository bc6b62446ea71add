using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

public sealed partial class ImplementationBinder
{
    /// <summary>One unit against its implementation; <paramref name="hasHeader"/>: whether the generated half is written.</summary>
    private BoundUnit BindUnit(UnitModel unit, ISet<string> generatedNames, out bool hasHeader)
    {
        hasHeader = false;
        if (unit.Flatten && unit.Library is null) _diagnostics.Add(DiagnosticDescriptors.FlattenOnAtomicUnit, unit.Location, unit.Name);
        if (unit.IsInlineUnit) return new BoundUnit(unit, unit.HasErrors ? EmissionMode.Stub : EmissionMode.Inline);
        if (unit.ImplementationName == CSharpNames.SelfTypeParameter)
        {
            _diagnostics.Add(DiagnosticDescriptors.ReservedImplementationName, unit.ImplementationLocation, unit.Name, unit.ImplementationName);
            return new BoundUnit(unit, EmissionMode.Stub);
        }
        if (!unit.IsTyped)
        {
            var port = unit.Imports.Where(i => i.Interface is null && !i.IsOpen).Select(i => $"import '{i.Name}'")
                .Concat(unit.Exports.Where(e => e.Interface is null && !e.IsOpen).Select(e => $"export '{e.Name}'")).First();
            _diagnostics.Add(DiagnosticDescriptors.UntypedBundle, unit.Location, unit.Name, port);
            return new BoundUnit(unit, EmissionMode.Stub);
        }
        var broken = unit.Imports.Any(i => IsBroken(i.Interface)) || unit.Exports.Any(e => IsBroken(e.Interface));
        // A library's unit is compiled in the library's assembly, header and all: instances forward to it.
        if (unit.Library is not null) return HasCSharp ? BindLibraryUnit(unit, broken) : new BoundUnit(unit, broken || unit.HasErrors ? EmissionMode.Stub : EmissionMode.Forward);
        if (!HasCSharp || unit.InlineCode is not null)
        {
            hasHeader = !broken && !unit.HasErrors;
            if (hasHeader) _headerShapes[unit.Name] = new HeaderShape(unit.ImplementationNamespace, unit.ImplementationName, "struct", unit.TypeParameters, DeclaresAccessibility: false);
            return new BoundUnit(unit, broken || unit.HasErrors ? EmissionMode.Stub : EmissionMode.Forward);
        }
        var info = FindImplementation(unit, out var shape);
        // The generated half keeps the user's code compiling (its imports' constraints) even while
        // the unit file has errors or the implementation the wrong shape: one mistake, one error.
        hasHeader = shape is not null && !broken;
        if (hasHeader) _headerShapes[unit.Name] = shape!;
        if (info is null || unit.HasErrors || broken) return new BoundUnit(unit, EmissionMode.Stub);
        var hasErrors = info.HasErrorsBeyond(generatedNames) || ReachesMissingImportMembers(unit, info);
        var bound = CheckMembers(unit, info, info.Parts.IsEmpty || hasErrors ? EmissionMode.Forward : EmissionMode.Copy);
        if (bound.Mode == EmissionMode.Copy) _copySources[unit.Name] = info;
        // Code with errors of its own is forwarded silently: copies would only repeat its errors.
        if (info.Parts.IsEmpty && !hasErrors)
        {
            _diagnostics.Add(DiagnosticDescriptors.ForwardingEmission, unit.ImplementationLocation, info.Name, info.CannotCopy ?? "its code could not be copied per instance");
        }
        return bound;
    }

    /// <summary>The type the generated half of an implementation is written for: its namespace, name, kind and type parameters.</summary>
    private sealed record HeaderShape(string Namespace, string Name, string Kind, EquatableArray<string> TypeParameters, bool DeclaresAccessibility = true);

    /// <summary>
    /// A unit of a referenced library: its implementation is a public type of the library's
    /// assembly, read from metadata. When the library shipped its code (templates), instances are
    /// copies; otherwise they forward to <c>Impl&lt;Instance, Suppliers…&gt;</c>, its initializers
    /// through the public accessors the library's generator wrote.
    /// </summary>
    private BoundUnit BindLibraryUnit(UnitModel unit, bool broken)
    {
        var name = unit.QualifiedImplementationName.Replace("global::", string.Empty);
        var candidates = _facts!.LibraryImplementations.Where(i => i.QualifiedName == unit.QualifiedImplementationName).ToList();
        var info = candidates.FirstOrDefault(i => i.TypeParameters.Count == unit.TypeParameters.Count);
        if (info is null)
        {
            var other = candidates.FirstOrDefault();
            var hint = other is null ? string.Empty : $" with {unit.TypeParameters.Count} type parameters (assembly '{other.Assembly}' has it with {other.TypeParameters.Count})";
            _diagnostics.Add(DiagnosticDescriptors.LibraryImplementationMissing, unit.ImplementationLocation, unit.Name, unit.Library!, name, hint);
            return new BoundUnit(unit, EmissionMode.Stub);
        }
        if (!info.IsPublic)
        {
            _diagnostics.Add(DiagnosticDescriptors.LibraryImplementationNotPublished, unit.ImplementationLocation, unit.Name, unit.Library!,
                $"'{name}' is not public in assembly '{info.Assembly}'");
            return new BoundUnit(unit, EmissionMode.Stub);
        }
        if (unit.HasErrors || broken) return new BoundUnit(unit, EmissionMode.Stub);
        // The library shipped its code: copied per instance, exactly as the project's own.
        var bound = CheckMembers(unit, info, info.Parts.IsEmpty ? EmissionMode.Forward : EmissionMode.Copy);
        if (bound.Mode == EmissionMode.Copy) _copySources[unit.Name] = info;
        return bound;
    }

    private readonly Dictionary<string, HeaderShape> _headerShapes = new(StringComparer.Ordinal);

    private string ExpectedHeader(UnitModel unit) => $"{unit.ImplementationName}<{string.Join(", ", unit.TypeParameters)}>";

    /// <summary>
    /// The implementation with the unit's name and type parameters; otherwise UNIT0801 when a type
    /// of that name has another shape (another arity or type parameters, not a partial struct,
    /// nested, a ref struct), UNIT0800 when there is none. <paramref name="shape"/> is the type the
    /// generated half is written for: the implementation, or a partial type of the right arity
    /// that the user wrote in another shape or under a near name (so its code keeps its constraints).
    /// </summary>
    private ImplementationInfo? FindImplementation(UnitModel unit, out HeaderShape? shape)
    {
        var header = ExpectedHeader(unit);
        shape = null;
        _implementations.TryGetValue(unit.QualifiedImplementationName, out var candidates);
        var exact = candidates?.FirstOrDefault(i => i.TypeParameters.Count == unit.TypeParameters.Count);
        string? found = null;
        var foundAt = Text.SourceLocation.None;
        if (exact is not null)
        {
            found = exact.ShapeProblem is { } problem ? problem
                : !exact.TypeParameters.SequenceEqual(unit.TypeParameters) ? $"it is declared with <{string.Join(", ", exact.TypeParameters)}>"
                : null;
            if (exact.ShapeProblem is null) shape = new HeaderShape(exact.Namespace, exact.Name, "struct", exact.TypeParameters, exact.DeclaresAccessibility);
            if (found is null) return exact;
            foundAt = exact.Location;
        }
        else if (candidates?.FirstOrDefault() is { } other)
        {
            found = $"it is declared with <{string.Join(", ", other.TypeParameters)}>";
            foundAt = other.Location;
        }
        else if (_facts!.Declarations.FirstOrDefault(d => d.QualifiedName == unit.QualifiedImplementationName) is { } declared)
        {
            found = $"it is declared '{declared.Describe()}'";
            foundAt = declared.Location;
            if (declared.IsPartial && declared.TypeParameters.Count == unit.TypeParameters.Count && declared.Kind is "class" or "struct" or "record" or "record struct")
            {
                shape = new HeaderShape(declared.Namespace, declared.Name, declared.Kind, declared.TypeParameters);
            }
        }
        if (found is null)
        {
            var nearby = NearImplementation(unit);
            if (nearby is not null && !_program.Units.Any(u => u.QualifiedImplementationName == nearby.QualifiedName))
            {
                shape = new HeaderShape(nearby.Namespace, nearby.Name, "struct", nearby.TypeParameters);
            }
            var hint = nearby is null ? string.Empty
                : $"; did you mean '{nearby.QualifiedName.Replace("global::", string.Empty)}' ({Path.GetFileName(nearby.Location.Path)}({nearby.Location.Start.Line},{nearby.Location.Start.Column}))?";
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.ImplementationMissing, unit.ImplementationLocation, unit.Name, header, unit.ImplementationNamespace, hint);
            _diagnostics.Add(nearby is null ? diagnostic : diagnostic.WithNote($"'{nearby.Name}' is declared here", nearby.Location));
            return null;
        }
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ImplementationShape, unit.ImplementationLocation, unit.Name, header, found)
            .WithNote("the implementation is declared here", foundAt));
        return null;
    }

    /// <summary>An implementation of the right arity under a near name: the same name in another namespace, or a close spelling.</summary>
    private ImplementationInfo? NearImplementation(UnitModel unit)
    {
        var sameArity = _implementations.Values.SelectMany(l => l)
            .Where(i => i.TypeParameters.Count == unit.TypeParameters.Count && i.ShapeProblem is null && i.QualifiedName != unit.QualifiedImplementationName)
            .OrderBy(i => i.QualifiedName, StringComparer.Ordinal).ToList();
        var sameName = sameArity.Where(i => i.Name == unit.ImplementationName).ToList();
        if (sameName.Count == 1) return sameName[0];
        var closest = Suggestions.Closest(unit.QualifiedImplementationName, sameArity.Select(i => i.QualifiedName));
        return closest is null ? null : sameArity.First(i => i.QualifiedName == closest);
    }

    /// <summary>
    /// True when the code reaches a member through an import's type parameter that the import's
    /// bundle does not have (or not with that many arguments). The C# compiler reports that in the
    /// user's file; copies would repeat it once per instance, so such code is forwarded.
    /// </summary>
    private static bool ReachesMissingImportMembers(UnitModel unit, ImplementationInfo info)
    {
        foreach (var access in info.Accesses)
        {
            if (access.TypeParameter < 1 || access.TypeParameter > unit.Imports.Count) continue;
            var import = unit.Imports[access.TypeParameter - 1];
            if (import.IsOpen) continue;
            var members = import.Members.Where(m => m.Name == access.Member).ToList();
            if (members.Count == 0) return true;
            if (access.Arguments >= 0 && !members.Any(m => Accepts(m, access.Arguments))) return true;
        }
        return false;
    }

    private static bool Accepts(MemberModel member, int arguments) =>
        member.Parameters.Count == arguments ||
        (member.Parameters.Count > 0 && member.Parameters[member.Parameters.Count - 1].Modifiers.Split(' ').Contains("params") && arguments >= member.Parameters.Count - 1);

    /// <summary>Every export member and every initializer against the implementation (UNIT0802, UNIT0803).</summary>
    private BoundUnit CheckMembers(UnitModel unit, ImplementationInfo info, EmissionMode mode)
    {
        var missing = new List<string>();
        var incomplete = new List<string>();
        var missingCalls = new List<string>();
        foreach (var export in unit.Exports)
        {
            var container = export.NestedType ?? string.Empty;
            var problems = new List<string>();
            var at = info.Location;
            for (var i = 0; i < export.Members.Count; i++)
            {
                var member = export.Members[i];
                var name = export.ImplementedName(i);
                // Among overloads, the one whose signature matches (a private helper may share the name).
                var candidates = info.Members.Where(m => m.Container == container && m.Name == name).ToList();
                var found = candidates.FirstOrDefault(m => Signatures.Match(member, m)) ?? candidates.FirstOrDefault();
                if (found is not null && Signatures.Match(member, found) && found.IsPublic) continue;
                var renamed = name == member.Name ? string.Empty : $" (renamed '{name}')";
                problems.Add(found is null ? $"'{member.Declaration}'{renamed} is missing"
                    : !Signatures.Match(member, found) ? $"'{found.Display}' does not match '{member.Declaration}'"
                    : $"'{found.Display}' is not public (an export's members implement its interface, so they must be 'public static')");
                if (found is not null && at == info.Location) at = found.Location;
                missing.Add(container + "." + member.Name);
            }
            if (problems.Count == 0) continue;
            incomplete.Add(export.Name);
            if (mode == EmissionMode.Copy) mode = EmissionMode.Forward; // the copy would lack members
            var where = export.NestedType is null ? string.Empty : $" (in nested struct '{export.NestedType}')";
            var note = at == info.Location ? "the implementation is declared here" : "the implementation's member is declared here";
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ExportNotImplemented, export.Location, info.Name, export.Name,
                string.Join("; ", problems) + where).WithNote(note, at));
        }
        foreach (var call in unit.Initializers)
        {
            if (call.IsOwned)
            {
                // A function of an import is called on its supplier: the bundle must have it, without parameters.
                var member = unit.Imports.FirstOrDefault(i => i.Name == call.Owner)?.Members.FirstOrDefault(m => m.Name == call.Member);
                if (member is not null && member.Parameters.Count == 0) continue;
                missingCalls.Add(call.Function);
                _diagnostics.Add(DiagnosticDescriptors.ImportCallNotCallable, call.Location, call.IsFinalizer ? "finalizer" : "initializer", call.Function,
                    call.Member!, call.Owner!, member is null ? "has no C# signature for it" : $"is '{member.Declaration}'");
                continue;
            }
            if (info.Assembly is not null)
            {
                // From metadata only public members are seen: the call goes through the library's accessor.
                if (info.Members.Any(m => m.Container.Length == 0 && m.Name == CSharpEmitter.CallAccessor(call.Function))) continue;
                missingCalls.Add(call.Function);
                _diagnostics.Add(DiagnosticDescriptors.LibraryImplementationNotPublished, call.Location, unit.Name, unit.Library ?? info.Assembly,
                    $"assembly '{info.Assembly}' has no public accessor for its {(call.IsFinalizer ? "finalizer" : "initializer")} '{call.Function}' (the library was built with UnitsPublish=false, or by an older Units)");
                continue;
            }
            var found = info.Members.FirstOrDefault(m => m.Container.Length == 0 && m.Name == call.Function && m.ParameterTypes.Count == 0);
            if (found is not null) continue;
            missingCalls.Add(call.Function);
            var candidates = info.Members.Where(m => m.Container.Length == 0 && m.ParameterTypes.Count == 0).Select(m => m.Name);
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.CallNotImplemented, call.Location, info.Name, call.Function,
                call.IsFinalizer ? "finalizer" : "initializer", Display.DidYouMean(call.Function, candidates)).WithNote("the implementation is declared here", info.Location));
        }
        return new BoundUnit(unit, mode)
        {
            MissingMembers = missing.ToEquatableArray(),
            IncompleteExports = incomplete.ToEquatableArray(),
            MissingCalls = missingCalls.ToEquatableArray(),
        };
    }
}

/// <summary>The one comparison of a bundle member's C# signature with an implementation's.</summary>
internal static class Signatures
{
    /// <summary>
    /// Resolved signatures (the generator's) compare exactly; otherwise parameter and return types
    /// compare as text, with keyword aliases equal to their System types.
    /// </summary>
    public static bool Match(MemberModel required, ImplementedMember found)
    {
        if (required.Identity is not null && found.Identity is not null) return required.Identity == found.Identity;
        return required.Parameters.Count == found.ParameterTypes.Count &&
               required.Parameters.Zip(found.ParameterTypes, (p, t) => Binding.TypeNames.AreSame(p.Passing + p.Type, t)).All(x => x) &&
               Binding.TypeNames.AreSame(required.ReturnType, found.ReturnType);
    }
}
