using System.Text.Json;

namespace Units.Testing.Sarif;

/// <summary>
/// Checks a SARIF log against the SARIF 2.1.0 object model for the objects Units writes: required
/// properties, no properties the standard does not define (its schema forbids them), property
/// types, enumerations and minimums, plus the cross-references a viewer relies on (ruleIndex
/// names the rule with the same id; regions do not end before they start). No schema validator
/// package is available offline, so the rules are written out here from the standard.
/// </summary>
public static class SarifShape
{
    private abstract record Kind;
    private sealed record Str : Kind;
    private sealed record Uri : Kind;
    private sealed record Bool : Kind;
    private sealed record Int(int Minimum) : Kind;
    private sealed record OneOf(params string[] Values) : Kind;
    private sealed record Obj(string Name) : Kind;
    private sealed record ArrayOf(Kind Item) : Kind;
    private sealed record AnyValue : Kind;

    private sealed record Shape(string[] Required, Dictionary<string, Kind> Properties, string[]? RequireOneOf = null);

    private static readonly Kind s_any = new AnyValue();
    private static readonly Kind s_string = new Str();
    private static readonly Kind s_level = new OneOf("none", "note", "warning", "error");

    private static Dictionary<string, Kind> Props(params (string Name, Kind Kind)[] properties)
    {
        var result = properties.ToDictionary(p => p.Name, p => p.Kind, StringComparer.Ordinal);
        result["properties"] = s_any;
        return result;
    }

    private static readonly Dictionary<string, Shape> s_shapes = new(StringComparer.Ordinal)
    {
        ["sarifLog"] = new(["version", "runs"], Props(("$schema", new Uri()), ("version", new OneOf("2.1.0")),
            ("runs", new ArrayOf(new Obj("run"))), ("inlineExternalProperties", s_any))),
        ["run"] = new(["tool"], Props(("tool", new Obj("tool")), ("results", new ArrayOf(new Obj("result"))),
            ("invocations", s_any), ("conversion", s_any), ("language", s_string), ("versionControlProvenance", s_any),
            ("originalUriBaseIds", s_any), ("artifacts", s_any), ("logicalLocations", s_any), ("graphs", s_any),
            ("automationDetails", s_any), ("runAggregates", s_any), ("baselineGuid", s_string), ("redactionTokens", s_any),
            ("defaultEncoding", s_string), ("defaultSourceLanguage", s_string), ("newlineSequences", s_any),
            ("columnKind", new OneOf("utf16CodeUnits", "unicodeCodePoints")), ("externalPropertyFileReferences", s_any),
            ("threadFlowLocations", s_any), ("taxonomies", s_any), ("addresses", s_any), ("translations", s_any),
            ("policies", s_any), ("webRequests", s_any), ("webResponses", s_any), ("specialLocations", s_any))),
        ["tool"] = new(["driver"], Props(("driver", new Obj("toolComponent")), ("extensions", new ArrayOf(new Obj("toolComponent"))))),
        ["toolComponent"] = new(["name"], Props(("name", s_string), ("guid", s_string), ("product", s_string),
            ("productSuite", s_string), ("shortDescription", new Obj("multiformatMessageString")),
            ("fullDescription", new Obj("multiformatMessageString")), ("fullName", s_string), ("version", s_string),
            ("semanticVersion", s_string), ("dottedQuadFileVersion", s_string), ("releaseDateUtc", s_string),
            ("downloadUri", new Uri()), ("informationUri", new Uri()), ("globalMessageStrings", s_any), ("notifications", s_any),
            ("rules", new ArrayOf(new Obj("reportingDescriptor"))), ("taxa", s_any), ("locations", s_any), ("language", s_string),
            ("contents", s_any), ("isComprehensive", new Bool()), ("localizedDataSemanticVersion", s_string),
            ("minimumRequiredLocalizedDataSemanticVersion", s_string), ("associatedComponent", s_any),
            ("translationMetadata", s_any), ("supportedTaxonomies", s_any))),
        ["reportingDescriptor"] = new(["id"], Props(("id", s_string), ("deprecatedIds", s_any), ("guid", s_string),
            ("deprecatedGuids", s_any), ("name", s_string), ("deprecatedNames", s_any),
            ("shortDescription", new Obj("multiformatMessageString")), ("fullDescription", new Obj("multiformatMessageString")),
            ("messageStrings", s_any), ("defaultConfiguration", new Obj("reportingConfiguration")), ("helpUri", new Uri()),
            ("help", new Obj("multiformatMessageString")), ("relationships", s_any))),
        ["multiformatMessageString"] = new(["text"], Props(("text", s_string), ("markdown", s_string))),
        ["reportingConfiguration"] = new([], Props(("enabled", new Bool()), ("level", s_level), ("rank", s_any), ("parameters", s_any))),
        ["result"] = new(["message"], Props(("ruleId", s_string), ("ruleIndex", new Int(-1)), ("rule", s_any),
            ("kind", new OneOf("notApplicable", "pass", "fail", "review", "open", "informational")), ("level", s_level),
            ("message", new Obj("message")), ("analysisTarget", new Obj("artifactLocation")),
            ("locations", new ArrayOf(new Obj("location"))), ("guid", s_string), ("correlationGuid", s_string),
            ("occurrenceCount", new Int(1)), ("partialFingerprints", s_any), ("fingerprints", s_any), ("stacks", s_any),
            ("codeFlows", s_any), ("graphs", s_any), ("graphTraversals", s_any), ("relatedLocations", new ArrayOf(new Obj("location"))),
            ("suppressions", s_any), ("baselineState", new OneOf("new", "unchanged", "updated", "absent")), ("rank", s_any),
            ("attachments", s_any), ("hostedViewerUri", new Uri()), ("workItemUris", s_any), ("provenance", s_any),
            ("fixes", s_any), ("taxa", s_any), ("webRequest", s_any), ("webResponse", s_any))),
        ["message"] = new([], Props(("text", s_string), ("markdown", s_string), ("id", s_string), ("arguments", new ArrayOf(s_string))), ["text", "id"]),
        ["location"] = new([], Props(("id", new Int(-1)), ("physicalLocation", new Obj("physicalLocation")),
            ("logicalLocations", s_any), ("message", new Obj("message")), ("annotations", s_any), ("relationships", s_any))),
        ["physicalLocation"] = new([], Props(("address", s_any), ("artifactLocation", new Obj("artifactLocation")),
            ("region", new Obj("region")), ("contextRegion", new Obj("region"))), ["address", "artifactLocation"]),
        ["artifactLocation"] = new([], Props(("uri", new Uri()), ("uriBaseId", s_string), ("index", new Int(-1)),
            ("description", new Obj("message")))),
        ["region"] = new([], Props(("startLine", new Int(1)), ("startColumn", new Int(1)), ("endLine", new Int(1)),
            ("endColumn", new Int(1)), ("charOffset", new Int(-1)), ("charLength", new Int(0)), ("byteOffset", new Int(-1)),
            ("byteLength", new Int(0)), ("snippet", s_any), ("message", new Obj("message")), ("sourceLanguage", s_string))),
    };

    /// <summary>Every way the log departs from SARIF 2.1.0, as "path: problem" lines; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(json);
        Check(document.RootElement, new Obj("sarifLog"), "$", problems);
        if (problems.Count == 0) CheckReferences(document.RootElement, problems);
        return problems;
    }

    private static void Check(JsonElement value, Kind kind, string path, List<string> problems)
    {
        switch (kind)
        {
            case AnyValue:
                return;
            case Str when value.ValueKind != JsonValueKind.String:
            case Bool when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                problems.Add($"{path}: expected {kind.GetType().Name.ToLowerInvariant()}, found {value.ValueKind}");
                return;
            case Uri:
                if (value.ValueKind != JsonValueKind.String || !System.Uri.TryCreate(value.GetString(), UriKind.RelativeOrAbsolute, out _))
                {
                    problems.Add($"{path}: expected a URI reference, found {value}");
                }
                return;
            case Int integer:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number)) problems.Add($"{path}: expected an integer, found {value}");
                else if (number < integer.Minimum) problems.Add($"{path}: {number} is below the minimum {integer.Minimum}");
                return;
            case OneOf oneOf:
                if (value.ValueKind != JsonValueKind.String || !oneOf.Values.Contains(value.GetString())) problems.Add($"{path}: {value} is not one of {string.Join(", ", oneOf.Values)}");
                return;
            case ArrayOf array:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{path}: expected an array");
                    return;
                }
                var index = 0;
                foreach (var item in value.EnumerateArray()) Check(item, array.Item, $"{path}[{index++}]", problems);
                return;
            case Obj obj:
                CheckObject(value, s_shapes[obj.Name], obj.Name, path, problems);
                return;
        }
    }

    private static void CheckObject(JsonElement value, Shape shape, string name, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected a {name} object");
            return;
        }
        foreach (var required in shape.Required.Where(r => !value.TryGetProperty(r, out _))) problems.Add($"{path}: {name} requires '{required}'");
        if (shape.RequireOneOf is { } anyOf && !anyOf.Any(p => value.TryGetProperty(p, out _)))
        {
            problems.Add($"{path}: {name} requires one of {string.Join(", ", anyOf)}");
        }
        foreach (var property in value.EnumerateObject())
        {
            if (shape.Properties.TryGetValue(property.Name, out var kind)) Check(property.Value, kind, $"{path}.{property.Name}", problems);
            else problems.Add($"{path}: {name} has no property '{property.Name}'");
        }
    }

    private static void CheckReferences(JsonElement log, List<string> problems)
    {
        foreach (var run in log.GetProperty("runs").EnumerateArray())
        {
            var rules = run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var r)
                ? r.EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList()
                : new List<string?>();
            if (!run.TryGetProperty("results", out var results)) continue;
            foreach (var result in results.EnumerateArray())
            {
                if (result.TryGetProperty("ruleIndex", out var index) && index.GetInt32() >= 0)
                {
                    var id = result.TryGetProperty("ruleId", out var ruleId) ? ruleId.GetString() : null;
                    if (index.GetInt32() >= rules.Count || rules[index.GetInt32()] != id) problems.Add($"result {id}: ruleIndex {index} does not name rule {id}");
                }
                foreach (var region in Regions(result))
                {
                    var startLine = region.GetProperty("startLine").GetInt32();
                    var endLine = region.TryGetProperty("endLine", out var e) ? e.GetInt32() : startLine;
                    if (endLine < startLine) problems.Add($"region {region}: ends before it starts");
                    if (endLine == startLine && region.TryGetProperty("startColumn", out var sc) && region.TryGetProperty("endColumn", out var ec) && ec.GetInt32() < sc.GetInt32())
                    {
                        problems.Add($"region {region}: ends before it starts");
                    }
                }
            }
        }
    }

    /// <summary>The regions of a result's locations and related locations.</summary>
    public static IEnumerable<JsonElement> Regions(JsonElement result) =>
        new[] { "locations", "relatedLocations" }
            .Where(name => result.TryGetProperty(name, out _))
            .SelectMany(name => result.GetProperty(name).EnumerateArray())
            .Where(l => l.TryGetProperty("physicalLocation", out var p) && p.TryGetProperty("region", out _))
            .Select(l => l.GetProperty("physicalLocation").GetProperty("region"));
}
