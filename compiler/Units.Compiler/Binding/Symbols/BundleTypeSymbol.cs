using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// A bundletype after <c>extends</c> is flattened: the full list of members a port of this
/// type carries. Anonymous bundles (<c>port : { a, b }</c>) are bundletypes without a name.
/// </summary>
public sealed class BundleTypeSymbol
{
    private readonly Dictionary<string, BundleMember> _byName = new(StringComparer.Ordinal);
    private readonly List<BundleMember> _members = new();

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
    public IEnumerable<BundleMember> OwnMembers => _members.Where(m => !_extends.Any(b => b.Members.Contains(m)));

    /// <summary>Members in declaration order, inherited ones first where they were extended.</summary>
    public IReadOnlyList<BundleMember> Members => _members;

    /// <summary>True when every member has a C# signature, so the bundle can become a C# interface.</summary>
    public bool IsTyped => _members.Count > 0 && _members.All(m => m.Signature is not null);

    public BundleMember? FindMember(string name) => _byName.TryGetValue(name, out var member) ? member : null;

    /// <summary>The position of a member in <see cref="Members"/>, or -1.</summary>
    public int IndexOf(string name) => _byName.TryGetValue(name, out var member) ? _members.IndexOf(member) : -1;

    internal bool TryAdd(BundleMember member, out BundleMember existing)
    {
        if (_byName.TryGetValue(member.Name, out existing!)) return false;
        _byName.Add(member.Name, member);
        _members.Add(member);
        return true;
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
