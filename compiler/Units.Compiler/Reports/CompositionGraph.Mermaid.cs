using Units.Compiler.Emit;
using Units.Compiler.Flattening;

namespace Units.Compiler.Reports;

public sealed partial class CompositionGraph
{
    private string WriteMermaid()
    {
        var writer = new CodeWriter();
        writer.Line("flowchart LR");
        foreach (var (item, closing) in Hierarchy())
        {
            if (item is FlatInstance instance) WriteMermaidNode(writer, instance);
            else if (closing) writer.Line("    end");
            else writer.Line($"    subgraph {ClusterId((CompoundNode)item)}[\"{Escape(Label((CompoundNode)item))}\"]");
        }
        foreach (var port in Flat.Root.Imports) writer.Line($"    {ImportId(port.Name)}([\"import {Escape(port.Name)}\"])");
        var edge = 0;
        var markedEdges = new List<int>();
        foreach (var export in Flat.RootExports) writer.Line($"    {ExportId(export.Port.Name)}([\"export {Escape(export.Port.Name)}\"])");
        foreach (var (export, supplier) in ExportEdges())
        {
            writer.Line($"    {ExportId(export)} --> {SupplierId(supplier)}");
            edge++;
        }
        foreach (var (consumer, port, supplier) in Edges())
        {
            if (Marked(consumer, supplier)) markedEdges.Add(edge);
            writer.Line($"    {InstanceId(consumer)} -->|{Escape(port)}| {SupplierId(supplier)}");
            edge++;
        }
        writer.Line("    classDef violation stroke:#d00,stroke-width:3px,color:#d00");
        var marked = Flat.Instances.Where(Marked).Select(InstanceId).ToList();
        if (marked.Count > 0) writer.Line($"    class {string.Join(",", marked)} violation");
        if (markedEdges.Count > 0) writer.Line($"    linkStyle {string.Join(",", markedEdges)} stroke:#d00,stroke-width:3px");
        return writer.ToString();
    }

    private static void WriteMermaidNode(CodeWriter writer, FlatInstance instance) =>
        writer.Line($"    {InstanceId(instance)}[\"{Escape(Label(instance))}<br/>{Escape(instance.Unit.Name)}\"]");

    private static string Escape(string text) => text.Replace("\"", "#quot;");
}
