using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>An import or export of a unit and the bundle it carries.</summary>
public sealed class PortSymbol
{
    internal PortSymbol(string name, PortKind kind, int index, BundleTypeSymbol bundle, SourceLocation location, string? doc)
    {
        Name = name;
        Kind = kind;
        Index = index;
        Bundle = bundle;
        Location = location;
        Doc = doc;
    }

    public string Name { get; }

    public PortKind Kind { get; }

    /// <summary>Position among the unit's imports or among its exports.</summary>
    public int Index { get; }

    public BundleTypeSymbol Bundle { get; }

    public SourceLocation Location { get; }

    public string? Doc { get; }

    public bool IsImport => Kind == PortKind.Import;

    public string KindWord => IsImport ? "import" : "export";

    public override string ToString() => Name;
}
