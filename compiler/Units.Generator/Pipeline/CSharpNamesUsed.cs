using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Units.Generator.Pipeline;

/// <summary>
/// The identifiers one C# file uses, sorted: which compounds the project's code names, so that a
/// compound instantiated inside another is emitted as C# of its own only when code uses it
/// (<c>UnitCompilation.ComposeEveryCompound</c>). Read from the syntax alone,
/// per file (an edit re-reads only its file); any identifier counts, so a name in a string or a
/// comment does not, and one in <c>nameof</c>, a cref or a using alias does.
/// </summary>
internal sealed record CSharpNamesUsed(EquatableArray<string> Names)
{
    public static bool IsFile(SyntaxNode node, CancellationToken _) => node is CompilationUnitSyntax;

    public static CSharpNamesUsed Read(GeneratorSyntaxContext context, CancellationToken cancellation)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var token in context.Node.DescendantTokens(descendIntoTrivia: true))
        {
            cancellation.ThrowIfCancellationRequested();
            if (token.IsKind(SyntaxKind.IdentifierToken)) names.Add(token.ValueText);
        }
        return new CSharpNamesUsed(names.ToEquatableArray());
    }

    /// <summary>The unit names the unit files declare that some C# file uses, sorted.</summary>
    public static EquatableArray<string> Named(IReadOnlyList<EquatableArray<string>> declared, IReadOnlyList<CSharpNamesUsed> files) =>
        declared.SelectMany(names => names).Distinct(StringComparer.Ordinal).Where(name => AnyUses(files, name))
            .OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Whether any of the files uses the name (each file's names are sorted: a binary search each).</summary>
    public static bool AnyUses(IReadOnlyList<CSharpNamesUsed> files, string name)
    {
        foreach (var file in files)
        {
            int low = 0, high = file.Names.Count - 1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                var order = string.CompareOrdinal(file.Names[middle], name);
                if (order == 0) return true;
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
        }
        return false;
    }
}
