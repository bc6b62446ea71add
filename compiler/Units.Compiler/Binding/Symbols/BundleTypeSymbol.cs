using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// A bundletype after <c>extends</c> is flattened: the full list of members a port of this
/// type carries. Anonymous bundles (<c>port : { a, b }</c>) are bundletypes without a name.
/// </summary>
public sealed class BundleTypeSymbol
{
    /// <summary>
    /// Members live in a table that a bundletype may share with the one it extends first: its
    /// members are then a prefix of that table (<see cref="_count"/> of them), so a chain of
    /// 100,000 <c>extends</c> holds each member once, not once per bundletype that inherits it.
    /// </summary>
    private sealed class MemberTable
    {
        public readonly List<BundleMember> Items = new();
        public readonly Dictionary<string, int> Index = new(StringComparer.Ordinal);
    }

    private MemberTable _table = new();
    private int _count;
    private int _untyped;
    private MemberPrefix? _members;

    internal BundleTypeSymbol(string name, bool isAnonymous, SourceLocation location, string? doc, string? csNamespace)
    {
        Name = name;
        IsAnonymous = isAnonymous;
        Location = location;
        Doc = doc;
        Namespace = csNamespace;
    }

    /// <summary>The declared name, or for an anonymous bundle a description such as <c>{ a, b }</c>.</summary>
    public string Name { get; }

    public bool IsAnonymous { get; }

    /// <summary>
    /// An open bundle supplies any member asked of it and accepts any supplier: the ports of
    /// inline <c>%{ %}</c> units, whose code the C# compiler checks instead.
    /// </summary>
    public bool IsOpen { get; private init; }

    internal static BundleTypeSymbol CreateOpen(SourceLocation location) =>
        new("{ … }", isAnonymous: true, location, doc: null, csNamespace: null) { IsOpen = true };

    public SourceLocation Location { get; }

    public string? Doc { get; }

    /// <summary>The C# namespace of the file that declares it.</summary>
    public string? Namespace { get; }

    /// <summary>The bundletypes this one extends (their members are part of <see cref="Members"/>).</summary>
    public IReadOnlyList<BundleTypeSymbol> Extends => _extends;

    private readonly List<BundleTypeSymbol> _extends = new();

    /// <summary>C headers that declare the members (<c>include "x.h"</c>): data for a C build, never opened.</summary>
    public IReadOnlyList<string> Headers => _headers;

    private readonly List<string> _headers = new();

    internal void AddHeader(string path) => _headers.Add(path);

    /// <summary>Compiler flags of <c>with flags F</c>, as data.</summary>
    public EquatableArray<string> Flags { get; internal init; } = EquatableArray<string>.Empty;

    internal void AddBase(BundleTypeSymbol baseBundle)
    {
        if (!_extends.Contains(baseBundle)) _extends.Add(baseBundle);
    }

    /// <summary>The members declared here rather than inherited through <see cref="Extends"/>.</summary>
    public IEnumerable<BundleMember> OwnMembers => Members.Where(m => !_extends.Any(b => ReferenceEquals(b.FindMember(m.Name), m)));

    /// <summary>Members in declaration order, inherited ones first where they were extended.</summary>
    public IReadOnlyList<BundleMember> Members => _members ??= new MemberPrefix(_table.Items, _count);

    /// <summary>True when every member has a C# signature, so the bundle can become a C# interface.</summary>
    public bool IsTyped => _count > 0 && _untyped == 0;

    public BundleMember? FindMember(string name) => IndexOf(name) is var i and >= 0 ? _table.Items[i] : null;

    /// <summary>The position of a member in <see cref="Members"/>, or -1.</summary>
    public int IndexOf(string name) => _table.Index.TryGetValue(name, out var i) && i < _count ? i : -1;

    /// <summary>
    /// Takes the members of the bundletype extended first, sharing its table; false (nothing
    /// done) when this one has members already.
    /// </summary>
    internal bool TryShareMembersOf(BundleTypeSymbol baseBundle)
    {
        if (_count > 0) return false;
        _table = baseBundle._table;
        _count = baseBundle._count;
        _untyped = baseBundle._untyped;
        _members = null;
        return true;
    }

    internal bool TryAdd(BundleMember member, out BundleMember existing)
    {
        var found = IndexOf(member.Name);
        if (found >= 0)
        {
            existing = _table.Items[found];
            return false;
        }
        existing = null!;
        if (_table.Items.Count != _count)
        {
            // Another bundletype extended the shared table past this one's members: copy the prefix.
            var copy = new MemberTable();
            for (var i = 0; i < _count; i++)
            {
                copy.Items.Add(_table.Items[i]);
                copy.Index[_table.Items[i].Name] = i;
            }
            _table = copy;
        }
        _table.Index[member.Name] = _count;
        _table.Items.Add(member);
        _count++;
        if (member.Signature is null) _untyped++;
        _members = null;
        return true;
    }

    /// <summary>The first <c>count</c> members of a shared table, as a list.</summary>
    private sealed class MemberPrefix : IReadOnlyList<BundleMember>
    {
        private readonly List<BundleMember> _items;

        public MemberPrefix(List<BundleMember> items, int count)
        {
            _items = items;
            Count = count;
        }

        public int Count { get; }

        public BundleMember this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<BundleMember> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return _items[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>How the bundle is named in messages.</summary>
    public string Describe() => IsAnonymous ? Name : $"bundletype '{Name}'";

    public override string ToString() => Name;
}

/// <summary>One member of a bundle: a name and, for C# bundles, a signature.</summary>
public sealed record BundleMember(string Name, MemberSignature? Signature, SourceLocation Location, string? Doc)
{
    public string Format() => Signature?.Format(Name) ?? Name;
}
