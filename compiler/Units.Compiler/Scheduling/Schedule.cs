using Units.Compiler.Binding;
using Units.Compiler.Flattening;

namespace Units.Compiler.Scheduling;

/// <summary>
/// One initializer or finalizer call: of an atomic instance (<see cref="Instance"/>) or of a
/// compound instance (<see cref="Compound"/>). A call of another's function (an import's, or a
/// name of the compound's link) says which export member <see cref="Function"/> supplies it
/// (a root import when its instance is -1), or null when it could not be resolved.
/// </summary>
public sealed record ScheduledCall(FlatInstance? Instance, InitializerSymbol Call)
{
    public CompoundNode? Compound { get; init; }

    public Supplier? Function { get; init; }

    public string Name => $"{Compound?.Name ?? Instance!.Name}.{Call.Function}";

    /// <summary>The unit that declares the call.</summary>
    public string UnitName => Compound?.Unit.Name ?? Instance!.Unit.Name;

    public override string ToString() => Name;
}

/// <summary>The order to run initializers at start-up and finalizers at shutdown.</summary>
public sealed record Schedule(IReadOnlyList<ScheduledCall> Initializers, IReadOnlyList<ScheduledCall> Finalizers)
{
    public static Schedule Empty { get; } = new(Array.Empty<ScheduledCall>(), Array.Empty<ScheduledCall>());
}
