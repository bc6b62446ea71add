namespace Units.Compiler.Binding;

/// <summary>The C# signature of a typed bundle member, in normalised text.</summary>
public sealed record MemberSignature(string ReturnType, EquatableArray<ParameterSignature> Parameters)
{
    /// <summary>Return type and parameter types (with modifiers) must agree; parameter names may differ.</summary>
    public bool IsCompatibleWith(MemberSignature other) =>
        TypeNames.AreSame(ReturnType, other.ReturnType) &&
        Parameters.Count == other.Parameters.Count &&
        Parameters.Zip(other.Parameters, (a, b) => a.Modifiers == b.Modifiers && TypeNames.AreSame(a.Type, b.Type)).All(x => x);

    public string Format(string name) =>
        $"{ReturnType} {name}({string.Join(", ", Parameters.Select(p => p.Format()))})";
}

public sealed record ParameterSignature(string Modifiers, string Type, string Name)
{
    public string Format() => Modifiers.Length == 0 ? $"{Type} {Name}" : $"{Modifiers} {Type} {Name}";
}

/// <summary>Compares C# type names as far as text allows: keyword aliases equal their System types.</summary>
public static class TypeNames
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["bool"] = "System.Boolean", ["byte"] = "System.Byte", ["sbyte"] = "System.SByte", ["char"] = "System.Char",
        ["short"] = "System.Int16", ["ushort"] = "System.UInt16", ["int"] = "System.Int32", ["uint"] = "System.UInt32",
        ["long"] = "System.Int64", ["ulong"] = "System.UInt64", ["float"] = "System.Single", ["double"] = "System.Double",
        ["decimal"] = "System.Decimal", ["string"] = "System.String", ["object"] = "System.Object", ["void"] = "System.Void",
        ["nint"] = "System.IntPtr", ["nuint"] = "System.UIntPtr",
    };

    public static bool AreSame(string a, string b) => Canonical(a) == Canonical(b);

    private static string Canonical(string type)
    {
        var text = type.StartsWith("global::", StringComparison.Ordinal) ? type.Substring(8) : type;
        return s_aliases.TryGetValue(text, out var full) ? full : text;
    }
}
