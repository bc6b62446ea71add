using Units.Compiler.Emit;
using Units.Compiler.Flattening;

namespace Units.Compiler.Reports;

public sealed partial class CompositionGraph
{
    private string WriteMermaid()
    {
        var writer = new CodeWriter();
        writer.Line("flowchart LR");
        if (Flat.Compounds.Count > 0) WriteSubgraph(writer, Flat.Compounds[0]);
        else foreach (var instance in Flat.Instances) WriteMermaidNode(writer, instance);
        foreach (var port in Flat.Root.Imports) writer.Line($"    {Id("import_" + port.Name)}([\"import {Escape(port.Name)}\"])");
        var edge = 0;
        var markedEdges = new List<int>();
        foreach (var export in Flat.RootExports) writer.Line($"    {Id("export_" + export.Port.Name)}([\"export {Escape(export.Port.Name)}\"])");
        foreach (var (export, supplier) in ExportEdges())
        {
            writer.Line($"    {Id("export_" + export)} --> {SupplierId(supplier)}");
            edge++;
        }
        foreach (var (consumer, port, supplier) in Edges())
        {
            if (Marked(consumer, supplier)) markedEdges.Add(edge);
            writer.Line($"    {Id(consumer.Name)} -->|{Escape(port)}| {SupplierId(supplier)}");
            edge++;
        }
        writer.Line("    classDef violation stroke:#d00,stroke-width:3px,color:#d00");
        var marked = Flat.Instances.Where(i => _markedInstances.Contains(i.Name)).Select(i => Id(i.Name)).ToList();
        if (marked.Count > 0) writer.Line($"    class {string.Join(",", marked)} violation");
        if (markedEdges.Count > 0) writer.Line($"    linkStyle {string.Join(",", markedEdges)} stroke:#d00,stroke-width:3px");
        return writer.ToString();
    }

    private void WriteSubgraph(CodeWriter writer, CompoundNode node)
    {
        writer.Line($"    subgraph {Id("cluster_" + node.Name)}[\"{Escape(node.Name)} ({Escape(node.Unit.Name)})\"]");
        foreach (var child in ChildrenOf(node))
        {
            if (child is CompoundNode compound) WriteSubgraph(writer, compound);
            else WriteMermaidNode(writer, (FlatInstance)child);
        }
        writer.Line("    end");
    }

    private static void WriteMermaidNode(CodeWriter writer, FlatInstance instance) =>
        writer.Line($"    {Id(instance.Name)}[\"{Escape(instance.Name)}<br/>{Escape(instance.Unit.Name)}\"]");

    private static string Escape(string text) => text.Replace("\"", "#quot;");
}
