using Units.Compiler.Emit;
using Units.Compiler.Flattening;

namespace Units.Compiler.Reports;

public sealed partial class CompositionGraph
{
    private string WriteDot()
    {
        var writer = new CodeWriter();
        writer.Open($"digraph {Quote(Flat.Root.Name)}");
        writer.Line("rankdir=LR;");
        writer.Line("node [shape=box, style=rounded, fontname=\"Helvetica\"];");
        writer.Line("edge [fontname=\"Helvetica\", fontsize=10];");
        if (Flat.Compounds.Count > 0) WriteCluster(writer, Flat.Compounds[0]);
        else foreach (var instance in Flat.Instances) WriteDotNode(writer, instance);
        foreach (var port in Flat.Root.Imports) writer.Line($"{Id("import_" + port.Name)} [shape=plaintext, label={Quote("import " + port.Name)}];");
        foreach (var export in Flat.RootExports) writer.Line($"{Id("export_" + export.Port.Name)} [shape=plaintext, label={Quote("export " + export.Port.Name)}];");
        foreach (var (export, supplier) in ExportEdges()) writer.Line($"{Id("export_" + export)} -> {SupplierId(supplier)};");
        foreach (var (consumer, port, supplier) in Edges())
        {
            var style = Marked(consumer, supplier) ? ", color=red, fontcolor=red, penwidth=2" : string.Empty;
            writer.Line($"{Id(consumer.Name)} -> {SupplierId(supplier)} [label={Quote(port)}{style}];");
        }
        writer.Close();
        return writer.ToString();
    }

    private void WriteCluster(CodeWriter writer, CompoundNode node)
    {
        writer.Open($"subgraph {Quote("cluster_" + node.Name)}");
        writer.Line($"label={Quote($"{node.Name} ({node.Unit.Name})")};");
        writer.Line("style=rounded; color=gray;");
        foreach (var child in ChildrenOf(node))
        {
            if (child is CompoundNode compound) WriteCluster(writer, compound);
            else WriteDotNode(writer, (FlatInstance)child);
        }
        writer.Close();
    }

    private void WriteDotNode(CodeWriter writer, FlatInstance instance)
    {
        var style = _markedInstances.Contains(instance.Name) ? ", color=red, fontcolor=red, penwidth=2" : string.Empty;
        writer.Line($"{Id(instance.Name)} [label={Quote(instance.Name + "\n" + instance.Unit.Name)}{style}];");
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
