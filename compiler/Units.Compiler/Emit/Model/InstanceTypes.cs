namespace Units.Compiler.Emit;

/// <summary>The C# type that stands for each instance and each supplier inside one composition's facade.</summary>
internal sealed class InstanceTypes
{
    private readonly CompositionModel _composition;
    private readonly Func<InstanceModel, BoundUnit> _unitOf;

    public InstanceTypes(CompositionModel composition, Func<InstanceModel, BoundUnit> unitOf)
    {
        _composition = composition;
        _unitOf = unitOf;
    }

    /// <summary>The type that supplies an import: an instance (or its nested export struct), a union, or the facade's type parameter.</summary>
    public string Of(SupplierModel supplier)
    {
        switch (supplier.Kind)
        {
            case SupplierKind.Instance:
                var instance = _composition.Instances[supplier.Target];
                var nested = _unitOf(instance).Unit.Exports.FirstOrDefault(e => e.Name == supplier.Port)?.NestedType;
                var type = Reference(supplier.Target);
                return nested is null ? type : $"{type}.{nested}";
            case SupplierKind.Union:
                return _composition.Unions[supplier.Target].TypeName;
            case SupplierKind.CompoundImport:
                return _composition.Imports.FirstOrDefault(i => i.Name == supplier.Port)?.TypeParameter ?? CSharpNames.Pascal(supplier.Port);
            default:
                return "global::System.ValueTuple"; // unreachable: a composition with missing suppliers is emitted as stubs
        }
    }

    /// <summary>Instances are nested in the facade, except inline units, which live beside it.</summary>
    public string Reference(int index)
    {
        var instance = _composition.Instances[index];
        return _unitOf(instance).Mode == EmissionMode.Inline ? $"{InlineNamespace}.{instance.TypeName}" : instance.TypeName;
    }

    public bool IsInline(int index) => _unitOf(_composition.Instances[index]).Mode == EmissionMode.Inline;

    public string InlineNamespace => CSharpNames.Global(_composition.Namespace, _composition.Name + "_Inline");

    /// <summary>What fills the implementation's type parameters for an instance: itself, then its suppliers.</summary>
    public EquatableArray<string> Arguments(int index) =>
        new[] { Reference(index) }.Concat(_composition.Instances[index].Imports.Select(Of)).ToEquatableArray();

    /// <summary>
    /// <c>Impl&lt;Instance, Supplier1, …&gt;</c>: the shared implementation closed over this instance's
    /// identity (so its static state is its own) and its suppliers.
    /// </summary>
    public string ClosedImplementation(int index) =>
        $"{_unitOf(_composition.Instances[index]).Unit.QualifiedImplementationName}<{string.Join(", ", Arguments(index))}>";
}
