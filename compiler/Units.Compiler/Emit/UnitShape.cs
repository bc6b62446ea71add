using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

/// <summary>How an instance of a unit is emitted.</summary>
public enum EmissionMode
{
    /// <summary>Each instance gets its own copy of the implementation's members: no extra call level.</summary>
    Copy,

    /// <summary>Each instance is a struct whose members call <c>Impl&lt;Instance, Suppliers…&gt;</c>: one extra call level.</summary>
    Forward,

    /// <summary>The implementation is missing or malformed: members throw, so the rest still compiles.</summary>
    Stub,

    /// <summary>An inline <c>%{ %}</c> unit: its code is the instance's body.</summary>
    Inline,
}

/// <summary>
/// A unit checked against its C# implementation: which members are missing (they become throwing
/// stubs, so one mistake gives one error) and how instances are emitted.
/// </summary>
public sealed class UnitShape
{
    private readonly HashSet<(string Container, string Member)> _missing = new();
    private readonly HashSet<string> _incompleteExports = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missingCalls = new(StringComparer.Ordinal);

    private UnitShape(UnitModel unit, ImplementationInfo? info, EmissionMode mode)
    {
        Unit = unit;
        Info = info;
        Mode = mode;
    }

    public UnitModel Unit { get; }

    public ImplementationInfo? Info { get; }

    public EmissionMode Mode { get; private set; }

    public bool IsMissing(string container, string member) => _missing.Contains((container, member));

    public bool Implements(ExportModel export) => !_incompleteExports.Contains(export.Name);

    public bool HasCall(string function) => !_missingCalls.Contains(function);

    /// <summary>A unit whose instances cannot call an implementation: members throw, the rest still compiles.</summary>
    public static UnitShape Stub(UnitModel unit) => new(unit, null, EmissionMode.Stub);

    /// <param name="compiledCSharp">False for the CLI, which sees no C#: then the implementation is assumed to exist.</param>
    /// <param name="generatedNames">Names of generated types, which the implementation may use before they exist.</param>
    public static UnitShape Check(UnitModel unit, ImplementationInfo? info, bool compiledCSharp, ISet<string> generatedNames, DiagnosticBag diagnostics)
    {
        if (unit.IsInlineUnit) return new UnitShape(unit, info, EmissionMode.Inline);
        if (!unit.IsTyped)
        {
            var port = unit.Imports.Where(i => i.Interface is null && !i.IsOpen).Select(i => $"import '{i.Name}'")
                .Concat(unit.Exports.Where(e => e.Interface is null && !e.IsOpen).Select(e => $"export '{e.Name}'")).First();
            diagnostics.Add(DiagnosticDescriptors.UntypedBundle, unit.Location, unit.Name, port);
            return new UnitShape(unit, info, EmissionMode.Stub);
        }
        if (unit.HasErrors) return new UnitShape(unit, info, EmissionMode.Stub);
        if (!compiledCSharp || unit.InlineCode is not null) return new UnitShape(unit, info, EmissionMode.Forward);
        var header = $"{unit.ImplementationName}<{string.Join(", ", unit.TypeParameters)}>";
        if (info is null)
        {
            diagnostics.Add(DiagnosticDescriptors.ImplementationMissing, unit.ImplementationLocation, unit.Name, header, unit.ImplementationNamespace);
            return new UnitShape(unit, null, EmissionMode.Stub);
        }
        if (!info.IsPartialStruct || !info.TypeParameters.SequenceEqual(unit.TypeParameters))
        {
            var found = !info.IsPartialStruct
                ? $"'{info.Name}' is not a partial struct"
                : $"it is declared with <{string.Join(", ", info.TypeParameters)}>";
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ImplementationShape, unit.ImplementationLocation, unit.Name, header, found)
                .WithNote("the implementation is declared here", info.Location));
            return new UnitShape(unit, info, EmissionMode.Stub);
        }
        var hasErrors = info.HasErrorsBeyond(generatedNames);
        var shape = new UnitShape(unit, info, info.Template is not null && !hasErrors ? EmissionMode.Copy : EmissionMode.Forward);
        shape.CheckMembers(diagnostics);
        if (info.Template is null && !hasErrors)
        {
            diagnostics.Add(DiagnosticDescriptors.ForwardingEmission, unit.ImplementationLocation, info.Name, info.CannotCopy ?? "its code could not be copied per instance");
        }
        return shape;
    }

    private void CheckMembers(DiagnosticBag diagnostics)
    {
        var info = Info!;
        foreach (var export in Unit.Exports)
        {
            var container = export.NestedType ?? string.Empty;
            var problems = new List<string>();
            for (var i = 0; i < export.Members.Count; i++)
            {
                var member = export.Members[i];
                var name = export.ImplementedName(i);
                // Among overloads, the one whose signature matches (a private helper may share the name).
                var candidates = info.Members.Where(m => m.Container == container && m.Name == name).ToList();
                var found = candidates.FirstOrDefault(m => Mismatch(member, m) is null) ?? candidates.FirstOrDefault();
                var renamed = name == member.Name ? string.Empty : $" (renamed '{name}')";
                var problem = found is null ? $"'{member.Declaration}'{renamed} is missing" : Mismatch(member, found);
                if (problem is null) continue;
                problems.Add(problem);
                _missing.Add((container, member.Name));
            }
            if (problems.Count == 0) continue;
            _incompleteExports.Add(export.Name);
            if (Mode == EmissionMode.Copy) Mode = EmissionMode.Forward; // the copy would lack members
            var where = export.NestedType is null ? string.Empty : $" (in nested struct '{export.NestedType}')";
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ExportNotImplemented, export.Location, info.Name, export.Name,
                string.Join("; ", problems) + where).WithNote("the implementation is declared here", info.Location));
        }
        foreach (var call in Unit.Initializers)
        {
            var found = info.Members.FirstOrDefault(m => m.Container.Length == 0 && m.Name == call.Function && m.ParameterTypes.Count == 0);
            if (found is not null) continue;
            _missingCalls.Add(call.Function);
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.CallNotImplemented, call.Location, info.Name, call.Function,
                call.IsFinalizer ? "finalizer" : "initializer").WithNote("the implementation is declared here", info.Location));
        }
    }

    /// <summary>A mismatch the unit file can see (parameter count or types, by their simple names); null when they agree.</summary>
    private static string? Mismatch(MemberModel required, ImplementedMember found)
    {
        var sameParameters = required.Parameters.Count == found.ParameterTypes.Count &&
            required.Parameters.Zip(found.ParameterTypes, (p, t) => SimpleType(p.Passing + p.Type) == SimpleType(t)).All(x => x);
        if (sameParameters && SimpleType(required.ReturnType) == SimpleType(found.ReturnType)) return null;
        var actual = $"{found.ReturnType} {found.Name}({string.Join(", ", found.ParameterTypes)})";
        return $"'{actual}' does not match '{required.Declaration}'";
    }

    /// <summary>A type name without namespaces and global::, and with keyword aliases, for a lenient comparison.</summary>
    internal static string SimpleType(string type)
    {
        var builder = new System.Text.StringBuilder();
        var word = new System.Text.StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            builder.Append(Keyword(word.ToString()));
            word.Clear();
        }
        foreach (var c in type.Replace("global::", string.Empty))
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                word.Append(c);
                continue;
            }
            if (c == '.')
            {
                word.Clear(); // drop the namespace or outer type part
                continue;
            }
            Flush();
            if (c != ' ') builder.Append(c);
        }
        Flush();
        return builder.ToString();
    }

    private static string Keyword(string name) => name switch
    {
        "Boolean" => "bool", "Byte" => "byte", "SByte" => "sbyte", "Char" => "char", "Int16" => "short", "UInt16" => "ushort",
        "Int32" => "int", "UInt32" => "uint", "Int64" => "long", "UInt64" => "ulong", "Single" => "float", "Double" => "double",
        "Decimal" => "decimal", "String" => "string", "Object" => "object", "Void" => "void", "IntPtr" => "nint", "UIntPtr" => "nuint",
        _ => name,
    };
}
