namespace Units.Compiler.Constraints;

/// <summary>
/// Computes the greatest assignment the upper bounds allow: every node starts unconstrained and
/// only ever moves down the order, to the greatest lower bound of its bounds. A worklist
/// re-examines a node only when a bound of it moved, so the work is the number of edges times
/// the height of the order. Where two bounds have no greatest lower bound the node is marked
/// conflicted and left where it was.
/// </summary>
internal static class ConstraintSolver
{
    public static PropertySolution Solve(ConstraintGraph graph, TypeOrder order)
    {
        var count = graph.NodeCount;
        var values = new int[count];
        var conflicted = new bool[count];
        var queued = new bool[count];
        var conflicts = new List<BoundConflict>();
        var queue = new Queue<int>();
        for (var i = 0; i < count; i++) values[i] = TypeOrder.Top;

        void Lower(int node, int value, int reason, int from)
        {
            if (conflicted[node]) return;
            var glb = order.GreatestLowerBound(values[node], value);
            if (glb is null)
            {
                conflicted[node] = true;
                conflicts.Add(new BoundConflict(node, values[node], value, reason, from));
                return;
            }
            if (glb.Value == values[node]) return;
            values[node] = glb.Value;
            if (queued[node]) return;
            queued[node] = true;
            queue.Enqueue(node);
        }

        foreach (var bound in graph.Bounds) Lower(bound.Node, bound.Value, bound.Reason, -1);
        var lower = graph.Lower;
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            queued[node] = false;
            if (conflicted[node]) continue;
            foreach (var (below, reason) in lower.Of(node)) Lower(below, values[node], reason, node);
        }
        return new PropertySolution(graph, order, values, conflicted, conflicts);
    }
}
