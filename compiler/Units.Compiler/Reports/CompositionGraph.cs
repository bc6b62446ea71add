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

    private string SupplierId(Supplier supplier) => supplier.IsRootImport ? "import_" + Id(supplier.Port) : Id(Flat.Instances[supplier.Instance].Name);

    private string SupplierName(Supplier supplier) => supplier.IsRootImport ? string.Empty : Flat.Instances[supplier.Instance].Name;

    private bool Marked(FlatInstance consumer, Supplier supplier) => _markedLinks.Contains((consumer.Name, SupplierName(supplier)));

    /// <summary>Instances and compounds nested as in the hierarchy: the compound node's children, in order.</summary>
    private IEnumerable<object> ChildrenOf(CompoundNode? node) =>
        Flat.Compounds.Where(c => c.Parent == node && c != node).Cast<object>()
            .Concat(Flat.Instances.Where(i => i.Parent == node))
            .OrderBy(x => x is CompoundNode c ? c.Id * 2 : ((FlatInstance)x).Id * 2 + 1);

    /// <summary>An identifier safe in both DOT and Mermaid.</summary>
    private static string Id(string name) => "n_" + new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
