namespace Units.Compiler.Flattening;

/// <summary>
/// Maps member numbers (<see cref="MemberIndex"/>) to the nodes a graph made for them, creating a
/// node the first time a member is met. Graphs thus number only the members they use.
/// </summary>
internal sealed class MemberNodeMap
{
    private readonly List<int> _nodes = new();

    public int? Find(int member) => member < _nodes.Count && _nodes[member] >= 0 ? _nodes[member] : null;

    public void Set(int member, int node)
    {
        while (_nodes.Count <= member) _nodes.Add(-1);
        _nodes[member] = node;
    }

    public MemberNodeMap Copy()
    {
        var copy = new MemberNodeMap();
        copy._nodes.AddRange(_nodes);
        return copy;
    }
}
