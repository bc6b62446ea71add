using Units.Compiler.Binding;
using Units.Compiler.Flattening;

namespace Units.Compiler.Scheduling;

/// <summary>One initializer or finalizer call of one instance.</summary>
public sealed record ScheduledCall(FlatInstance Instance, InitializerSymbol Call)
{
    public string Name => $"{Instance.Name}.{Call.Function}";

    public override string ToString() => Name;
}

/// <summary>The order to run initializers at start-up and finalizers at shutdown.</summary>
public sealed record Schedule(IReadOnlyList<ScheduledCall> Initializers, IReadOnlyList<ScheduledCall> Finalizers)
{
    public static Schedule Empty { get; } = new(Array.Empty<ScheduledCall>(), Array.Empty<ScheduledCall>());
}
