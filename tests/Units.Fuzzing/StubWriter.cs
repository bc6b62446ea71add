using System.Text;
using Units.Compiler.Emit;

namespace Units.Fuzzing;

/// <summary>
/// The C# a user would write for each atomic unit, with every body a throw: enough for the
/// generated composition to compile, written from the emission model (what UNIT0800 would ask for).
/// </summary>
internal static class StubWriter
{
    public static string Write(EmitProgram program)
    {
        var text = new StringBuilder("using System;\n");
        // Units may share one implementation (implementation A.B): it is written once, with what each needs.
        var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var unit in program.Units)
        {
            if (!unit.IsTyped || unit.IsInlineUnit || unit.InlineCode is not null || unit.HasErrors) continue;
            if (!written.TryGetValue(unit.QualifiedImplementationName, out var members))
                written.Add(unit.QualifiedImplementationName, members = new HashSet<string>(StringComparer.Ordinal));
            var open = unit.ImplementationNamespace.Length > 0;
            if (open) text.Append("namespace ").Append(unit.ImplementationNamespace).Append("\n{\n");
            text.Append("partial struct ").Append(CSharpNames.Identifier(unit.ImplementationName))
                .Append('<').Append(string.Join(", ", unit.TypeParameters)).Append(">\n{\n");
            foreach (var export in unit.Exports.Where(e => e.NestedType is null)) Members(text, export, members);
            foreach (var export in unit.Exports.Where(e => e.NestedType is not null))
            {
                text.Append("public partial struct ").Append(export.NestedType).Append("\n{\n");
                Members(text, export, members, export.NestedType + ".");
                text.Append("}\n");
            }
            foreach (var call in unit.Initializers.Where(c => !c.IsOwned).Select(c => c.Function).Where(f => members.Add("call " + f)))
            {
                text.Append("static void ").Append(CSharpNames.Identifier(call)).Append("() { }\n");
            }
            text.Append("}\n");
            if (open) text.Append("}\n");
        }
        return text.ToString();
    }

    private static void Members(StringBuilder text, ExportModel export, HashSet<string> written, string scope = "")
    {
        if (export.IsOpen) return;
        for (var i = 0; i < export.Members.Count; i++)
        {
            var member = export.Members[i];
            var declaration = $"public static {member.ReturnType} {CSharpNames.Identifier(export.ImplementedName(i))}({string.Join(", ", member.Parameters.Select(p => p.Declaration))})";
            if (written.Add(scope + declaration)) text.Append(declaration).Append(" { throw null!; }\n");
        }
    }
}
