using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Units.Compiler.Diagnostics;
using Units.Compiler.Emit;
using Diagnostic = Units.Compiler.Diagnostics.Diagnostic;

namespace Units.Generator.Pipeline;

/// <summary>
/// Inline code (<c>%{ … %}</c>) is copied into C# as members of a struct. Knit's was C, which
/// checks (the check does not read it) and then breaks the generated file: each block is parsed
/// first, and one that is not C# member declarations is UNIT0816 at the block, its unit emitted as stubs.
/// </summary>
internal static class InlineCodeCheck
{
    /// <summary>An inline unit of a link is named "Compound.inlineL_C" inside Units: the user knows the compound.</summary>
    private static string Describe(UnitModel unit) => unit.IsInlineUnit && unit.Name.IndexOf('.') is var dot and > 0
        ? $"the inline code in a link of '{unit.Name.Substring(0, dot)}'"
        : $"the inline code of unit '{unit.Name}'";

    private static readonly CSharpParseOptions s_options = new(LanguageVersion.Preview);

    public static EmitProgram Apply(EmitProgram program)
    {
        List<Diagnostic>? found = null;
        var units = program.Units.AsEnumerable().Select(unit =>
        {
            if (unit.InlineCode is not { } code || unit.HasErrors) return unit;
            // One line before the code, so a line of the error is a line of the code.
            var tree = CSharpSyntaxTree.ParseText("partial struct UnitsInlineCode\n{\n" + code + "\n}\n", s_options);
            var error = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            if (error is null) return unit;
            var line = Math.Max(1, error.Location.GetLineSpan().StartLinePosition.Line - 1);
            (found ??= new List<Diagnostic>()).Add(Diagnostic.Create(DiagnosticDescriptors.InlineCodeNotCSharp,
                unit.InlineCodeLocation ?? unit.Location, Describe(unit), line, error.Id + " " + error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            return unit with { HasErrors = true };
        }).ToEquatableArray();
        if (found is null) return program;
        // An inline unit of a link has no declared members to stub: the composition holding it is stubbed instead.
        var broken = new HashSet<string>(units.Where(u => u.HasErrors && u.IsInlineUnit).Select(u => u.Name), StringComparer.Ordinal);
        var compositions = program.Compositions.AsEnumerable()
            .Select(c => c.Instances.Any(i => broken.Contains(i.Unit)) ? c with { HasErrors = true } : c).ToEquatableArray();
        return program with { Units = units, Compositions = compositions, Diagnostics = program.Diagnostics.AsEnumerable().Concat(found).ToEquatableArray() };
    }
}
