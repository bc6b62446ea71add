using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// The compatibility rule: a supplier fits a port when it provides every member the port's
/// bundle requires (structurally, by name; extends already flattened), and typed members agree
/// on their signature. Extra members are fine.
/// </summary>
internal static class Compatibility
{
    /// <summary>Checks that <paramref name="supplier"/> fits <paramref name="required"/>; reports at most one diagnostic.</summary>
    public static bool Check(Wire supplier, BundleTypeSymbol required, string requiredDescription, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (supplier.IsOpen || required.IsOpen) return true;
        var missing = required.Members.Where(m => !supplier.Members.ContainsKey(m.Name)).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            var lacks = missing.Count == 1 ? "member " + Display.List(missing) : "members " + Display.List(missing);
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.IncompatibleBundle, at, Display.Name(supplier.Name), requiredDescription, lacks)
                .WithNote($"'{Display.Name(supplier.Name)}' is defined here", supplier.Location));
            return false;
        }
        foreach (var member in required.Members)
        {
            var (provided, _) = supplier.Members[member.Name];
            if (member.Signature is null || provided.Signature is null || provided.Signature.IsCompatibleWith(member.Signature)) continue;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SignatureMismatch, at, Display.Name(supplier.Name), requiredDescription,
                    member.Name, provided.Format(), member.Format())
                .WithNote("the supplied member is declared here", provided.Location)
                .WithNote("the required member is declared here", member.Location));
            return false;
        }
        return true;
    }
}
