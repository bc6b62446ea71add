namespace Units.Compiler.Binding;

public enum UnitObjectKind
{
    /// <summary>A member of one of the unit's ports.</summary>
    Member,

    /// <summary>One of the unit's initializer functions.</summary>
    Initializer,

    /// <summary>One of the unit's finalizer functions.</summary>
    Finalizer,
}

/// <summary>
/// One thing an object set can contain: a port member (<c>outer.Read</c>), an initializer or a
/// finalizer. Sets work at member granularity, which is what constraints and the scheduler need.
/// </summary>
public readonly record struct UnitObject(UnitObjectKind Kind, string Port, string Name) : IComparable<UnitObject>
{
    public static UnitObject Member(string port, string member) => new(UnitObjectKind.Member, port, member);

    public static UnitObject Initializer(string function) => new(UnitObjectKind.Initializer, string.Empty, function);

    public static UnitObject Finalizer(string function) => new(UnitObjectKind.Finalizer, string.Empty, function);

    public int CompareTo(UnitObject other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0) return byKind;
        var byPort = string.CompareOrdinal(Port, other.Port);
        return byPort != 0 ? byPort : string.CompareOrdinal(Name, other.Name);
    }

    public override string ToString() => Kind switch
    {
        UnitObjectKind.Member => $"{Port}.{Name}",
        UnitObjectKind.Initializer => $"initializer {Name}",
        _ => $"finalizer {Name}",
    };
}

/// <summary>
/// An evaluated object set: sorted, without duplicates, compared by value. <see cref="Incomplete"/>
/// marks a set whose syntax named something unknown (already reported), so an empty result is
/// not reported again as "matches nothing".
/// </summary>
public sealed record ObjectSet(EquatableArray<UnitObject> Objects, bool Incomplete = false)
{
    public static ObjectSet Empty { get; } = new(EquatableArray<UnitObject>.Empty);

    public static ObjectSet From(IEnumerable<UnitObject> objects, bool incomplete = false) =>
        new(objects.Distinct().OrderBy(o => o).ToEquatableArray(), incomplete);

    public bool IsEmpty => Objects.IsEmpty;

    public bool Contains(UnitObject item) => Objects.Contains(item);

    public IEnumerable<UnitObject> Members => Objects.Where(o => o.Kind == UnitObjectKind.Member);

    public override string ToString() => "{" + string.Join(", ", Objects) + "}";
}
