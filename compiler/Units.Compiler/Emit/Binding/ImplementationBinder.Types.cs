using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

public sealed partial class ImplementationBinder
{
    /// <summary>A member the binder dropped (its types are unknown): left out everywhere it appears.</summary>
    private static readonly MemberModel s_dropped = new(string.Empty, string.Empty, EquatableArray<ParameterModel>.Empty, null);

    private readonly Dictionary<(string Interface, string Member), MemberModel> _resolved = new();
    private readonly Dictionary<string, InterfaceModel> _interfacesByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenFacades = new(StringComparer.Ordinal);

    /// <summary>
    /// Every member's types as the C# compilation resolved them (fully qualified, so forwarding
    /// code means the same in any namespace). A type the compilation does not know is reported at
    /// its member, which is left out; a generated type whose name the project already uses is
    /// reported at its declaration and not emitted.
    /// </summary>
    private EmitProgram ResolveTypes(EmitProgram program)
    {
        if (_facts is null) return program;
        foreach (var model in program.Interfaces) _interfacesByName[model.QualifiedName] = model;
        ReportTakenNames(program);
        var facts = _facts.Interfaces.ToDictionary(i => i.QualifiedName, StringComparer.Ordinal);
        foreach (var model in program.Interfaces)
        {
            if (!facts.TryGetValue(model.QualifiedName, out var resolved)) continue;
            foreach (var member in model.Members)
            {
                var fact = resolved.Members.FirstOrDefault(m => m.Name == member.Name);
                if (fact is null) continue;
                if (fact.UnknownType is not null)
                {
                    // Until the unit file is fixed, the implementations' own signature keeps their code compiling.
                    var stand = StandIn(program, model, member);
                    _diagnostics.Add(DiagnosticDescriptors.UnknownMemberType, member.Location.IsNone ? model.Location : member.Location,
                        fact.UnknownType, member.Name, model.Name, model.Namespace, stand is null
                            ? "the member is left out of the generated C#"
                            : $"until it is fixed, the generated C# uses the implementation's signature '{stand.Declaration.Replace("global::", string.Empty)}'");
                    _resolved[(model.QualifiedName, member.Name)] = stand ?? s_dropped;
                    continue;
                }
                _resolved[(model.QualifiedName, member.Name)] = member with
                {
                    ReturnType = fact.ReturnType,
                    Parameters = member.Parameters.Zip(fact.ParameterTypes, (p, type) => p with { Type = type }).ToEquatableArray(),
                    Identity = fact.Identity,
                };
            }
        }
        return program with
        {
            Interfaces = program.Interfaces.Where(i => !_brokenInterfaces.Contains(i.QualifiedName))
                .Select(i => i with
                {
                    Members = Resolve(i.QualifiedName, i.Members, ownOnly: true),
                    AllMembers = Resolve(i.QualifiedName, i.AllMembers),
                    Bases = i.Bases.Where(b => !_brokenInterfaces.Contains(b)).ToEquatableArray(),
                }).ToEquatableArray(),
            Units = program.Units.Select(u => u with
            {
                Imports = u.Imports.Select(i => i with { Members = Resolve(i.Interface, i.Members) }).ToEquatableArray(),
                Exports = u.Exports.Select(ResolveExport).ToEquatableArray(),
            }).ToEquatableArray(),
            Compositions = program.Compositions.Select(ResolveComposition).ToEquatableArray(),
        };
    }

    /// <summary>
    /// The member with the types its implementations give it, when every unit exporting it has an
    /// implementation with that member (same name, parameter count and passing) and all agree; else null.
    /// </summary>
    private MemberModel? StandIn(EmitProgram program, InterfaceModel model, MemberModel member)
    {
        var found = new List<ImplementedMember>();
        foreach (var unit in program.Units)
        {
            foreach (var export in unit.Exports.Where(e => e.Interface is not null && SelfAndBases(e.Interface).Contains(model.QualifiedName)))
            {
                var index = export.Members.ToList().FindIndex(m => m.Name == member.Name);
                if (index < 0) continue;
                var info = _implementations.TryGetValue(unit.QualifiedImplementationName, out var list)
                    ? list.FirstOrDefault(i => i.TypeParameters.Count == unit.TypeParameters.Count) : null;
                var implemented = info?.Members.FirstOrDefault(m => m.Container == (export.NestedType ?? string.Empty) && m.Name == export.ImplementedName(index) &&
                    m.ParameterTypes.Count == member.Parameters.Count && m.QualifiedParameterTypes.Count == member.Parameters.Count &&
                    m.ParameterTypes.Zip(member.Parameters, (t, p) => t.StartsWith(p.Passing, StringComparison.Ordinal) && (p.Passing.Length > 0 || !IsPassed(t))).All(x => x));
                if (implemented?.Identity is null) return null;
                found.Add(implemented);
            }
        }
        if (found.Count == 0 || found.Select(f => f.Identity).Distinct().Count() != 1) return null;
        return member with
        {
            ReturnType = found[0].QualifiedReturnType,
            Parameters = member.Parameters.Zip(found[0].QualifiedParameterTypes, (p, type) => p with { Type = type }).ToEquatableArray(),
            Identity = found[0].Identity,
        };
    }

    private static bool IsPassed(string parameterType) =>
        parameterType.StartsWith("ref ", StringComparison.Ordinal) || parameterType.StartsWith("out ", StringComparison.Ordinal) || parameterType.StartsWith("in ", StringComparison.Ordinal);

    private ExportModel ResolveExport(ExportModel export)
    {
        var members = new List<MemberModel>();
        var names = new List<string>();
        for (var i = 0; i < export.Members.Count; i++)
        {
            var member = Resolve(export.Interface, export.Members[i]);
            if (ReferenceEquals(member, s_dropped)) continue;
            members.Add(member);
            names.Add(export.ImplementedName(i));
        }
        return export with { Members = members.ToEquatableArray(), ImplementedNames = names.ToEquatableArray() };
    }

    private CompositionModel ResolveComposition(CompositionModel composition)
    {
        var usesBroken = composition.Imports.Any(i => IsBroken(i.Interface) || i.ExtraInterfaces.Any(IsBroken)) ||
                         composition.Exports.Any(e => IsBroken(e.Interface)) || composition.Unions.Any(u => IsBroken(u.Interface));
        return composition with
        {
            Imports = composition.Imports.Select(i => i with
            {
                Interface = IsBroken(i.Interface) ? null : i.Interface,
                ExtraInterfaces = i.ExtraInterfaces.Where(x => !IsBroken(x)).ToEquatableArray(),
                Members = Resolve(i.Interface, i.Members),
            }).ToEquatableArray(),
            Exports = composition.Exports.Select(e => e with { Interface = IsBroken(e.Interface) ? null : e.Interface, Members = Resolve(e.Interface, e.Members) }).ToEquatableArray(),
            Unions = composition.Unions.Select(u => u with
            {
                Interface = IsBroken(u.Interface) ? null : u.Interface,
                Members = u.Members.Select(m => m with { Member = Resolve(u.Interface, m.Member) }).Where(m => !ReferenceEquals(m.Member, s_dropped)).ToEquatableArray(),
            }).ToEquatableArray(),
            HasErrors = composition.HasErrors || usesBroken,
        };
    }

    private bool IsBroken(string? qualifiedInterface) => qualifiedInterface is not null && _brokenInterfaces.Contains(qualifiedInterface);

    private EquatableArray<MemberModel> Resolve(string? qualifiedInterface, EquatableArray<MemberModel> members, bool ownOnly = false) =>
        members.Select(m => Resolve(qualifiedInterface, m, ownOnly)).Where(m => !ReferenceEquals(m, s_dropped)).ToEquatableArray();

    /// <summary>A member of a port typed by the interface (declared there or in an interface it extends), resolved.</summary>
    private MemberModel Resolve(string? qualifiedInterface, MemberModel member, bool ownOnly = false)
    {
        if (qualifiedInterface is null) return member;
        foreach (var name in ownOnly ? new[] { qualifiedInterface } : SelfAndBases(qualifiedInterface))
        {
            if (_resolved.TryGetValue((name, member.Name), out var resolved)) return resolved;
        }
        return member;
    }

    /// <summary>An interface and every interface it extends, each once.</summary>
    private IEnumerable<string> SelfAndBases(string qualifiedInterface)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(qualifiedInterface);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name)) continue;
            yield return name;
            if (!_interfacesByName.TryGetValue(name, out var model)) continue;
            foreach (var baseName in model.Bases) pending.Push(baseName);
        }
    }

    /// <summary>
    /// A generated interface or facade whose name the project's own C# already declares would be
    /// a C# error in a file the user never sees: reported at the unit file instead, and not emitted.
    /// </summary>
    private void ReportTakenNames(EmitProgram program)
    {
        var declared = _facts!.Declarations.GroupBy(d => d.QualifiedName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var model in program.Interfaces)
        {
            if (!declared.TryGetValue(model.QualifiedName, out var types) || types.FirstOrDefault(t => t.TypeParameters.IsEmpty) is not { } taken) continue;
            _brokenInterfaces.Add(model.QualifiedName);
            ReportTaken("bundletype", model.Name, model.QualifiedName, model.Location, taken);
        }
        foreach (var composition in program.Compositions)
        {
            var qualified = CSharpNames.Global(composition.Namespace, composition.Name);
            var arity = composition.Imports.Count;
            if (!declared.TryGetValue(qualified, out var types)) continue;
            // The facade is a static partial class: the project may add members to it, so only another kind of type clashes.
            var taken = types.FirstOrDefault(t => t.TypeParameters.Count == arity && !(t.Kind == "class" && t.IsPartial));
            if (taken is null) continue;
            _takenFacades.Add(composition.Name);
            ReportTaken("compound unit", composition.Name, qualified, composition.Location, taken);
        }
    }

    private void ReportTaken(string what, string name, string qualified, Text.SourceLocation location, DeclaredType taken) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.GeneratedNameTaken, location, what, name, qualified.Replace("global::", string.Empty), $"'{taken.Describe()}'")
            .WithNote($"'{taken.Describe()}' is declared here", taken.Location));
}
