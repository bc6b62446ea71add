namespace Units.Compiler;

/// <summary>
/// Edges collected one by one, then frozen into compact arrays grouped by source node
/// (compressed sparse rows). Large graphs then cost a few arrays instead of a list per node.
/// </summary>
public sealed class EdgeBuilder
{
    private readonly List<int> _from = new();
    private readonly List<int> _to = new();
    private readonly List<int> _data = new();

    public int Count => _from.Count;

    public EdgeBuilder Copy()
    {
        var copy = new EdgeBuilder();
        copy._from.AddRange(_from);
        copy._to.AddRange(_to);
        copy._data.AddRange(_data);
        return copy;
    }

    public void Add(int from, int to, int data)
    {
        _from.Add(from);
        _to.Add(to);
        _data.Add(data);
    }

    /// <summary>Groups the edges by source (or, reversed, by target).</summary>
    public Adjacency Freeze(int nodeCount, bool reversed = false) =>
        new(nodeCount, reversed ? _to : _from, reversed ? _from : _to, _data);
}

/// <summary>The edges of every node, stored in three arrays.</summary>
public sealed class Adjacency
{
    private readonly int[] _start;
    private readonly int[] _target;
    private readonly int[] _data;

    internal Adjacency(int nodeCount, List<int> from, List<int> to, List<int> data)
    {
        _start = new int[nodeCount + 1];
        foreach (var f in from) _start[f + 1]++;
        for (var n = 0; n < nodeCount; n++) _start[n + 1] += _start[n];
        var next = (int[])_start.Clone();
        _target = new int[from.Count];
        _data = new int[from.Count];
        for (var e = 0; e < from.Count; e++)
        {
            var slot = next[from[e]]++;
            _target[slot] = to[e];
            _data[slot] = data[e];
        }
    }

    public int NodeCount => _start.Length - 1;

    public Edges Of(int node) => new(this, _start[node], _start[node + 1]);

    /// <summary>One node's edges; a struct with a struct enumerator, so iterating allocates nothing.</summary>
    public readonly struct Edges
    {
        private readonly Adjacency _owner;
        private readonly int _start;
        private readonly int _end;

        internal Edges(Adjacency owner, int start, int end)
        {
            _owner = owner;
            _start = start;
            _end = end;
        }

        public int Count => _end - _start;

        public (int Target, int Data) this[int index] => (_owner._target[_start + index], _owner._data[_start + index]);

        public Enumerator GetEnumerator() => new(this);

        public struct Enumerator
        {
            private readonly Edges _edges;
            private int _index;

            internal Enumerator(Edges edges)
            {
                _edges = edges;
                _index = -1;
            }

            public (int Target, int Data) Current => _edges[_index];

            public bool MoveNext() => ++_index < _edges.Count;
        }
    }
}
