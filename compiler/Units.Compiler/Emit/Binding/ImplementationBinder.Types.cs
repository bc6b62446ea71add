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
                    _diagnostics.Add(DiagnosticDescriptors.UnknownMemberType, member.Location.IsNone ? model.Location : member.Location,
                        fact.UnknownType, member.Name, model.Name, model.Namespace);
                    _resolved[(model.QualifiedName, member.Name)] = s_dropped;
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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        if (qualifiedInterface is not null) pending.Push(qualifiedInterface);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name)) continue;
            if (_resolved.TryGetValue((name, member.Name), out var resolved)) return resolved;
            if (ownOnly || !_interfacesByName.TryGetValue(name, out var model)) continue;
            foreach (var baseName in model.Bases) pending.Push(baseName);
        }
        return member;
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
