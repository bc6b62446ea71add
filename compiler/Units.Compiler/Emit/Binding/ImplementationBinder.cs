using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

/// <summary>
/// The implementation-binding phase, between planning (what the unit files say) and writing
/// (text): resolves the bundletypes' member types against the C# compilation, checks each unit
/// against its implementation (UNIT0800–0803, 0805, 0808), chooses how its instances are emitted
/// (Copy, Forward, Stub or Inline), and cuts the result into one input per generated file.
/// Without C# (the CLI) every typed unit forwards and types stay as the unit files write them.
/// </summary>
public sealed partial class ImplementationBinder
{
    private readonly CSharpFacts? _facts;
    private readonly Dictionary<string, List<ImplementationInfo>> _implementations = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics = new();
    private readonly HashSet<string> _brokenInterfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoundUnit> _units = new(StringComparer.Ordinal);
    private readonly HashSet<string> _headerless = new(StringComparer.Ordinal);
    private EmitProgram _program;

    private ImplementationBinder(EmitProgram program, IEnumerable<ImplementationInfo>? implementations, CSharpFacts? facts)
    {
        _program = program;
        _facts = facts;
        foreach (var info in implementations ?? Enumerable.Empty<ImplementationInfo>())
        {
            if (!_implementations.TryGetValue(info.QualifiedName, out var list)) _implementations[info.QualifiedName] = list = new List<ImplementationInfo>();
            list.Add(info);
        }
    }

    /// <param name="implementations">What the C# says about each implementation type; null without C#.</param>
    /// <param name="facts">What else the C# compilation says; null without C#.</param>
    public static EmissionPlan Bind(EmitProgram program, IEnumerable<ImplementationInfo>? implementations, CSharpFacts? facts)
    {
        var binder = new ImplementationBinder(program, implementations, facts);
        return binder.Run();
    }

    private bool HasCSharp => _facts is not null;

    private EmissionPlan Run()
    {
        if (_facts?.ReadFailure is { } failure)
        {
            _diagnostics.Add(DiagnosticDescriptors.InternalError, Text.SourceLocation.None, "reading the C# compilation", failure);
        }
        if (_facts?.LanguageVersionTooOld is { } version)
        {
            _diagnostics.Add(DiagnosticDescriptors.LanguageVersionTooOld, Text.SourceLocation.None, version);
        }
        _program = ResolveTypes(_program);
        BindUnits();
        var plan = PlanFiles();
        return plan with { Diagnostics = _program.Diagnostics.Concat(_diagnostics.ToArray()).ToEquatableArray() };
    }

    /// <summary>Names of generated types: the implementation may use them before they exist, so errors about them do not count.</summary>
    private HashSet<string> GeneratedNames() =>
        new(_program.Interfaces.Select(i => i.Name).Concat(_program.Compositions.Select(c => c.Name)), StringComparer.Ordinal);

    private void BindUnits()
    {
        var generatedNames = GeneratedNames();
        var owners = new Dictionary<string, UnitModel>(StringComparer.Ordinal);
        foreach (var unit in _program.Units)
        {
            // Units may share one implementation (the same code described twice, under different
            // constraints) when their ports agree; the first emits the generated half for all.
            UnitModel? owner = null;
            var shared = !unit.IsInlineUnit && owners.TryGetValue(unit.QualifiedImplementationName, out owner);
            if (shared && PortsKey(unit) != PortsKey(owner!))
            {
                var location = unit.ImplementationLocation.IsNone ? unit.Location : unit.ImplementationLocation;
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SharedImplementationMismatch, location,
                        unit.Name, unit.QualifiedImplementationName.Replace("global::", string.Empty), owner!.Name)
                    .WithNote($"'{owner.Name}' is declared here", owner.Location));
                _units[unit.Name] = new BoundUnit(unit, EmissionMode.Stub);
                _headerless.Add(unit.Name);
                continue;
            }
            var bound = BindUnit(unit, generatedNames, out var hasHeader);
            _units[unit.Name] = bound;
            if (shared || !hasHeader) _headerless.Add(unit.Name);
            else owners[unit.QualifiedImplementationName] = unit;
        }
    }

    /// <summary>Everything about a unit that shapes the generated half of its implementation.</summary>
    private static string PortsKey(UnitModel unit) => string.Join("|",
        string.Join(",", unit.TypeParameters),
        string.Join(",", unit.Imports.Select(i => $"{i.Interface}+{string.Join("+", i.ExtraInterfaces)}")),
        string.Join(",", unit.Exports.Select(e => $"{e.NestedType}:{e.Interface}:{string.Join("+", e.ImplementedNames)}")),
        string.Join(",", unit.Initializers.Select(c => c.Function)),
        unit.InlineCode ?? string.Empty);
}
