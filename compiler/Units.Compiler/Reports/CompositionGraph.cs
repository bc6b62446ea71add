using Units.Compiler.Flattening;

namespace Units.Compiler.Reports;

/// <summary>
/// A picture of one composition: atomic instances grouped in their compound instances, an edge
/// from each import to the instance that supplies it, the root's imports and exports at the edge,
/// and — when asked — the instances and links of every violation's path marked.
/// </summary>
public sealed partial class CompositionGraph
{
    private readonly CheckedComposition _composition;
    private readonly HashSet<string> _markedInstances = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _markedLinks = new();

    private CompositionGraph(CheckedComposition composition, bool markViolations)
    {
        _composition = composition;
        if (!markViolations) return;
        foreach (var violation in composition.Rules.Violations)
        {
            _markedInstances.UnionWith(violation.Instances);
            foreach (var link in violation.Links) _markedLinks.Add(link);
        }
    }

    public static string Dot(CheckedComposition composition, bool markViolations) => new CompositionGraph(composition, markViolations).WriteDot();

    public static string Mermaid(CheckedComposition composition, bool markViolations) => new CompositionGraph(composition, markViolations).WriteMermaid();

    private FlatComposition Flat => _composition.Flat;

    /// <summary>One edge per import and supplying port (an import fed by a union has one edge per supplier).</summary>
    private IEnumerable<(FlatInstance Consumer, string Port, Supplier Supplier)> Edges() =>
        Flat.Instances.SelectMany(i => i.Imports.SelectMany(p => SupplyingPorts(p.Members.Select(m => m.Supplier)).Select(s => (i, p.Port.Name, s))));

    /// <summary>One edge per root export and supplying port.</summary>
    private IEnumerable<(string Export, Supplier Supplier)> ExportEdges() =>
        Flat.RootExports.SelectMany(e => SupplyingPorts(e.Members.Select(m => m.Supplier)).Select(s => (e.Port.Name, s)));

    /// <summary>Suppliers per port, not per member: a bundle of several members is one edge.</summary>
    private static IEnumerable<Supplier> SupplyingPorts(IEnumerable<Supplier> suppliers) =>
        suppliers.GroupBy(s => (s.Instance, s.Port)).Select(g => g.First());

    /// <summary>
    /// Node ids are numbers, never names: a Knit name grows with the depth of its compound, so
    /// names as ids would make a deep composition's graph quadratic in size (and a name could be
    /// a keyword of the graph language, such as Mermaid's 'end').
    /// </summary>
    private static string InstanceId(FlatInstance instance) => "i" + instance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ClusterId(CompoundNode node) => "cluster_" + node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string ImportId(string port) => "import_" + (_importIndex ??= Index(Flat.Root.Imports.Select(p => p.Name)))[port];

    private string ExportId(string port) => "export_" + (_exportIndex ??= Index(Flat.RootExports.Select(e => e.Port.Name)))[port];

    private Dictionary<string, string>? _importIndex;
    private Dictionary<string, string>? _exportIndex;

    private static Dictionary<string, string> Index(IEnumerable<string> names)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!index.ContainsKey(name)) index[name] = index.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return index;
    }

    private string SupplierId(Supplier supplier) => supplier.IsRootImport ? ImportId(supplier.Port) : InstanceId(Flat.Instances[supplier.Instance]);

    private string SupplierName(Supplier supplier) => supplier.IsRootImport ? string.Empty : Flat.Instances[supplier.Instance].Name;

    private bool Marked(FlatInstance consumer, Supplier supplier) => _markedLinks.Count > 0 && _markedLinks.Contains((consumer.Name, SupplierName(supplier)));

    private bool Marked(FlatInstance instance) => _markedInstances.Count > 0 && _markedInstances.Contains(instance.Name);

    /// <summary>
    /// Labels name an instance within its compound (its local name; the root's by its unit), as
    /// the clusters around it give the rest of its Knit name.
    /// </summary>
    private static string Label(FlatInstance instance) => instance.Parent is null ? instance.Name : instance.LocalName;

    private static string Label(CompoundNode node) => $"{(node.Parent is null ? node.Name : node.LocalName)} ({node.Unit.Name})";

    /// <summary>
    /// The hierarchy in order, depth first and without recursion (compositions may be 100,000
    /// deep): each compound before its children (Opening) and after them (Closing), each atomic
    /// instance once, in the order of its compound's link lines.
    /// </summary>
    private IEnumerable<(object Item, bool Closing)> Hierarchy()
    {
        if (Flat.Compounds.Count == 0)
        {
            foreach (var instance in Flat.Instances) yield return (instance, false);
            yield break;
        }
        var stack = new Stack<(CompoundNode Node, int Next)>();
        stack.Push((Flat.Compounds[0], 0));
        yield return (Flat.Compounds[0], false);
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.Children.Length)
            {
                yield return (node, true);
                continue;
            }
            stack.Push((node, next + 1));
            switch (node.Children[next])
            {
                case CompoundNode child:
                    yield return (child, false);
                    stack.Push((child, 0));
                    break;
                case FlatInstance instance:
                    yield return (instance, false);
                    break;
            }
        }
    }
}
