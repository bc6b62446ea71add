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
/// A unit checked against its C# implementation: how its instances are emitted, and which of its
/// members the implementation lacks (they become throwing stubs, so one mistake gives one error).
/// </summary>
public sealed record BoundUnit(UnitModel Unit, EmissionMode Mode)
{
    /// <summary>Export members the implementation lacks or has with another signature: "container.member" (container empty for direct exports).</summary>
    public EquatableArray<string> MissingMembers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Exports with a missing member: their interface is not declared on the implementation.</summary>
    public EquatableArray<string> IncompleteExports { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Initializers and finalizers the implementation lacks: instances get empty stand-ins.</summary>
    public EquatableArray<string> MissingCalls { get; init; } = EquatableArray<string>.Empty;

    public bool IsMissing(string container, string member) => MissingMembers.Contains(container + "." + member);

    public bool Implements(ExportModel export) => !IncompleteExports.Contains(export.Name);

    public bool HasCall(string function) => !MissingCalls.Contains(function);
}
