using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>A unit: its ports and the rules it states. Atomic, compound or inline.</summary>
public abstract class UnitSymbol
{
    private readonly Dictionary<string, PortSymbol> _ports = new(StringComparer.Ordinal);
    private readonly List<PortSymbol> _imports = new();
    private readonly List<PortSymbol> _exports = new();

    internal UnitSymbol(string name, SourceLocation location, SourceLocation declarationLocation, string? doc, string? csNamespace)
    {
        Name = name;
        Location = location;
        DeclarationLocation = declarationLocation;
        Doc = doc;
        Namespace = csNamespace;
    }

    public string Name { get; }

    /// <summary>Where the unit's name is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>The whole declaration.</summary>
    public SourceLocation DeclarationLocation { get; }

    public string? Doc { get; }

    /// <summary>The C# namespace of the declaring file.</summary>
    public string? Namespace { get; }

    public IReadOnlyList<PortSymbol> Imports => _imports;

    public IReadOnlyList<PortSymbol> Exports => _exports;

    public IEnumerable<PortSymbol> Ports => _imports.Concat(_exports);

    public IReadOnlyList<ConstraintRule> Constraints { get; internal set; } = Array.Empty<ConstraintRule>();

    /// <summary>
    /// The unit's initializers and finalizers. A compound's are functions of names of its link
    /// (<c>finalizer wfk.wait for stdout</c>); an atomic unit's are its own, or its imports'.
    /// </summary>
    public IReadOnlyList<InitializerSymbol> Initializers { get; internal set; } = Array.Empty<InitializerSymbol>();

    /// <summary>The unit's <c>depends</c> rules, over its own ports and calls.</summary>
    public IReadOnlyList<DependsRule> Depends { get; internal set; } = Array.Empty<DependsRule>();

    /// <summary><c>flatten</c>: the unit asks for its code to be merged across unit boundaries.</summary>
    public bool Flatten { get; internal set; }

    public abstract bool IsCompound { get; }

    public PortSymbol? FindPort(string name) => _ports.TryGetValue(name, out var port) ? port : null;

    internal bool TryAddPort(PortSymbol port)
    {
        if (_ports.ContainsKey(port.Name)) return false;
        _ports.Add(port.Name, port);
        (port.IsImport ? _imports : _exports).Add(port);
        return true;
    }

    internal int CountPorts(Syntax.PortKind kind) => kind == Syntax.PortKind.Import ? _imports.Count : _exports.Count;

    public override string ToString() => Name;
}

/// <summary>A unit implemented in C#: it has initializers, dependencies and an implementation type.</summary>
public class AtomicUnitSymbol : UnitSymbol
{
    internal AtomicUnitSymbol(string name, SourceLocation location, SourceLocation declarationLocation, string? doc, string? csNamespace)
        : base(name, location, declarationLocation, doc, csNamespace)
    {
    }

    public override bool IsCompound => false;

    public IReadOnlyList<RenameRule> Renames { get; internal set; } = Array.Empty<RenameRule>();

    public IReadOnlyList<FileReference> Files { get; internal set; } = Array.Empty<FileReference>();

    /// <summary>The C# type named by <c>implementation</c>, or null for the default (the unit's name).</summary>
    public string? ImplementationName { get; internal set; }

    public SourceLocation? ImplementationLocation { get; internal set; }

    /// <summary>C# members given inline in the unit body with <c>%{ … %}</c>.</summary>
    public string? InlineCode { get; internal set; }

    public SourceLocation? InlineCodeLocation { get; internal set; }
}

/// <summary>
/// A unit written inline in a link: <c>[x] &lt;- %{ … %} &lt;- [a]</c>. Its ports are the names in
/// the link line; its exports are open, supplying whatever members their users need.
/// </summary>
public sealed class InlineUnitSymbol : AtomicUnitSymbol
{
    internal InlineUnitSymbol(string name, string code, SourceLocation location, string? csNamespace)
        : base(name, location, location, null, csNamespace)
    {
        InlineCode = code;
        InlineCodeLocation = location;
    }
}
