namespace Units.Compiler.Emit;

/// <summary>
/// The exports of a composition marked <c>flatten</c>: each member one method with the bodies
/// along its call path merged in (tail calls through imports replaced by the callee's body), so
/// that the JIT sees one method however long the path, and inlines it whole into its caller.
/// </summary>
/// <param name="Usings">Every merged part's using directives (extension methods in the bodies bind through them).</param>
public sealed record FlattenedFile(string HintName, FacadeScope Facade, EquatableArray<string> Usings, EquatableArray<FlattenedExport> Exports);

/// <summary>An export's struct: its members, merged or forwarding.</summary>
public sealed record FlattenedExport(string TypeName, EquatableArray<FlattenedMember> Members);

/// <summary>
/// One member of a flattened export: the merged body, or (when the supplier's code cannot be
/// merged) a call of the same member on <see cref="ForwardTo"/>, the supplying instance, as an
/// unflattened export makes.
/// </summary>
public sealed record FlattenedMember(MemberModel Member, string ForwardTo, MergedBody? Body);

/// <summary>
/// A method body merged at one place: whose it is (the instance filling its holes), which merge it
/// is (<see cref="Level"/> names its locals apart from every other's), and for each of its tail
/// calls the callee's merged body, or null where the call stays a call.
/// </summary>
public sealed record MergedBody(CopiedInstance Owner, MethodTemplate Method, int Level, EquatableArray<MergedCall> Calls)
{
    /// <summary>The nullable annotation context of the part the body comes from.</summary>
    public bool NullableAnnotations { get; init; }
}

/// <summary>A tail call's merged callee (null: the call is made), and how each callee parameter is bound.</summary>
public sealed record MergedCall(MergedBody? Callee, EquatableArray<ParameterBinding> Bindings);

/// <summary>
/// A callee parameter bound to its caller's argument: the argument's local itself
/// (<see cref="CallerLocal"/> ≥ 0: same storage, nothing evaluated), or a new local declared
/// and initialized from the argument, in argument order.
/// </summary>
public sealed record ParameterBinding(int CallerLocal);
