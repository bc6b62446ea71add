using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Reports;

/// <summary>Diagnostics as plain JSON, for scripts: one object per diagnostic, then counts.</summary>
public static class JsonReport
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var json = new JsonWriter().StartObject().Name("diagnostics").StartArray();
        foreach (var diagnostic in diagnostics)
        {
            json.StartObject()
                .Property("id", diagnostic.Id)
                .Property("severity", DiagnosticFormatter.SeverityWord(diagnostic.Severity))
                .Property("message", diagnostic.Message);
            WriteLocation(json, diagnostic.Location);
            json.Property("helpUri", diagnostic.Descriptor.HelpLink);
            json.Name("notes").StartArray();
            foreach (var note in diagnostic.Notes)
            {
                json.StartObject().Property("message", note.Message);
                WriteLocation(json, note.Location);
                json.EndObject();
            }
            json.EndArray().EndObject();
        }
        return json.EndArray()
            .Property("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error))
            .Property("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning))
            .EndObject().ToString();
    }

    private static void WriteLocation(JsonWriter json, SourceLocation location)
    {
        if (location.IsNone)
        {
            json.Name("location").Value((string?)null);
            return;
        }
        json.Name("location").StartObject()
            .Property("path", location.Path)
            .Property("line", location.Start.Line)
            .Property("column", location.Start.Column)
            .Property("endLine", location.End.Line)
            .Property("endColumn", location.End.Column)
            .EndObject();
    }
}
