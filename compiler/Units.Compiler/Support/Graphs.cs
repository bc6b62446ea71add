namespace Units.Compiler;

/// <summary>Graph algorithms shared by the phases, all iterative so that no input can exhaust the stack.</summary>
public static class Graphs
{
    /// <summary>
    /// Tarjan's strongly connected components. Returns each node's component number; components
    /// are numbered in the order Tarjan completes them, so a component's successors have
    /// smaller numbers (reverse topological order).
    /// </summary>
    public static int[] StronglyConnectedComponents(int count, Func<int, IEnumerable<int>> successors)
    {
        var edges = new EdgeBuilder();
        for (var n = 0; n < count; n++)
        {
            foreach (var m in successors(n)) edges.Add(n, m, 0);
        }
        return StronglyConnectedComponents(edges.Freeze(count));
    }

    public static int[] StronglyConnectedComponents(Adjacency graph)
    {
        var count = graph.NodeCount;
        var index = new int[count];
        var low = new int[count];
        var component = new int[count];
        var onStack = new bool[count];
        for (var i = 0; i < count; i++) index[i] = -1;
        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Edge)>();
        var next = 0;
        var components = 0;
        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0) continue;
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack[root] = true;
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, edge) = work.Pop();
                var edges = graph.Of(node);
                if (edge < edges.Count)
                {
                    work.Push((node, edge + 1));
                    var child = edges[edge].Target;
                    if (index[child] < 0)
                    {
                        index[child] = low[child] = next++;
                        stack.Push(child);
                        onStack[child] = true;
                        work.Push((child, 0));
                    }
                    else if (onStack[child])
                    {
                        low[node] = Math.Min(low[node], index[child]);
                    }
                    continue;
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
                if (low[node] != index[node]) continue;
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component[member] = components;
                }
                while (member != node);
                components++;
            }
        }
        return component;
    }

    /// <summary>A shortest path from <paramref name="from"/> to <paramref name="to"/> (both included), or null.</summary>
    public static List<int>? ShortestPath(int from, int to, Func<int, IEnumerable<int>> successors)
    {
        var parent = new Dictionary<int, int> { [from] = from };
        var queue = new Queue<int>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to)
            {
                var path = new List<int> { to };
                while (path[path.Count - 1] != from) path.Add(parent[path[path.Count - 1]]);
                path.Reverse();
                return path;
            }
            foreach (var next in successors(node))
            {
                if (parent.ContainsKey(next)) continue;
                parent[next] = node;
                queue.Enqueue(next);
            }
        }
        return null;
    }
}
