using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Reports;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log, for code-scanning services. Every result carries its region
/// (one-based lines and columns, end exclusive as SARIF wants), the rule with its help link, and
/// the notes as related locations.
/// </summary>
public static class SarifReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <param name="toUri">How a diagnostic path becomes an artifact URI (relative paths stay relative).</param>
    /// <param name="runProperties">Written as the run's property bag (the build writes which project the log is of).</param>
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string toolVersion, Func<string, string>? toUri = null,
        IReadOnlyList<KeyValuePair<string, string>>? runProperties = null)
    {
        toUri ??= DefaultUri;
        var rules = diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var json = new JsonWriter().StartObject()
            .Property("$schema", Schema)
            .Property("version", "2.1.0")
            .Name("runs").StartArray().StartObject()
            .Name("tool").StartObject().Name("driver").StartObject()
            .Property("name", "Units")
            .Property("semanticVersion", toolVersion)
            .Property("informationUri", "https://github.com/units-lang/units")
            .Name("rules").StartArray();
        foreach (var rule in rules)
        {
            json.StartObject()
                .Property("id", rule.Id)
                .Property("name", string.Concat(rule.Title.Split(' ').Select(CSharpCase)))
                .Name("shortDescription").StartObject().Property("text", rule.Title).EndObject()
                .Property("helpUri", rule.HelpLink)
                .Name("defaultConfiguration").StartObject().Property("level", Level(rule.DefaultSeverity)).EndObject()
                .EndObject();
        }
        json.EndArray().EndObject().EndObject();
        json.Name("results").StartArray();
        foreach (var diagnostic in diagnostics)
        {
            json.StartObject()
                .Property("ruleId", diagnostic.Id)
                .Property("ruleIndex", rules.IndexOf(diagnostic.Descriptor))
                .Property("level", Level(diagnostic.Severity))
                .Name("message").StartObject().Property("text", diagnostic.Message).EndObject();
            json.Name("locations").StartArray();
            if (!diagnostic.Location.IsNone) WriteLocation(json, diagnostic.Location, null, toUri);
            json.EndArray();
            var related = diagnostic.Notes.Where(n => !n.Location.IsNone).ToList();
            if (related.Count > 0)
            {
                json.Name("relatedLocations").StartArray();
                for (var i = 0; i < related.Count; i++) WriteLocation(json, related[i].Location, (i, related[i].Message), toUri);
                json.EndArray();
            }
            json.EndObject();
        }
        json.EndArray();
        if (runProperties is { Count: > 0 })
        {
            json.Name("properties").StartObject();
            foreach (var property in runProperties) json.Property(property.Key, property.Value);
            json.EndObject();
        }
        json.EndObject().EndArray().EndObject();
        return json.ToString();
    }

    private static void WriteLocation(JsonWriter json, SourceLocation location, (int Id, string Message)? note, Func<string, string> toUri)
    {
        json.StartObject();
        if (note is { } n) json.Property("id", n.Id).Name("message").StartObject().Property("text", n.Message).EndObject();
        json.Name("physicalLocation").StartObject()
            .Name("artifactLocation").StartObject().Property("uri", toUri(location.Path)).EndObject()
            .Name("region").StartObject()
            .Property("startLine", location.Start.Line)
            .Property("startColumn", location.Start.Column)
            .Property("endLine", location.End.Line)
            .Property("endColumn", Math.Max(location.End.Column, location.Start.Line == location.End.Line ? location.Start.Column : 1))
            .EndObject().EndObject().EndObject();
    }

    private static string DefaultUri(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (slashed.Length >= 2 && slashed[1] == ':') return "file:///" + Uri.EscapeUriString(slashed);
        return slashed.StartsWith("/", StringComparison.Ordinal) ? "file://" + Uri.EscapeUriString(slashed) : Uri.EscapeUriString(slashed);
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string CSharpCase(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
}
