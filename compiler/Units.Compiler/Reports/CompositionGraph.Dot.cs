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
        foreach (var (item, closing) in Hierarchy())
        {
            if (item is FlatInstance instance) WriteDotNode(writer, instance);
            else if (closing) writer.Close();
            else
            {
                var node = (CompoundNode)item;
                writer.Open($"subgraph {Quote(ClusterId(node))}");
                writer.Line($"label={Quote(Label(node))};");
                writer.Line("style=rounded; color=gray;");
            }
        }
        var imports = Flat.Root.Imports.Select(p => p.Name).ToList();
        foreach (var port in imports) writer.Line($"{ImportId(port)} [shape=plaintext, label={Quote("import " + port)}];");
        foreach (var export in Flat.RootExports) writer.Line($"{ExportId(export.Port.Name)} [shape=plaintext, label={Quote("export " + export.Port.Name)}];");
        foreach (var (export, supplier) in ExportEdges()) writer.Line($"{ExportId(export)} -> {SupplierId(supplier)};");
        foreach (var (consumer, port, supplier) in Edges())
        {
            var style = Marked(consumer, supplier) ? ", color=red, fontcolor=red, penwidth=2" : string.Empty;
            writer.Line($"{InstanceId(consumer)} -> {SupplierId(supplier)} [label={Quote(port)}{style}];");
        }
        writer.Close();
        return writer.ToString();
    }

    private void WriteDotNode(CodeWriter writer, FlatInstance instance)
    {
        var style = Marked(instance) ? ", color=red, fontcolor=red, penwidth=2" : string.Empty;
        writer.Line($"{InstanceId(instance)} [label={Quote(Label(instance) + "\n" + instance.Unit.Name)}{style}];");
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
