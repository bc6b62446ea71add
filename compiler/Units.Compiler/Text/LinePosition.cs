namespace Units.Compiler.Text;

/// <summary>A one-based line and column, as editors and MSBuild show them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line},{Column}";
}
