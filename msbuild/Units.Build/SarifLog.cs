using System.Text.RegularExpressions;
using Units.Compiler.Diagnostics;
using Units.Compiler.Reports;

namespace Units.Build;

/// <summary>
/// The build's SARIF log: the check's diagnostics, and which project they are of, so that a project
/// about to replace a log another project wrote can say so (two projects sharing one path each lose
/// the other's results).
/// </summary>
internal static class SarifLog
{
    private const string ProjectProperty = "unitsProject";

    private static readonly Regex s_project = new("\"" + ProjectProperty + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string toolVersion, string project) =>
        SarifReport.Write(diagnostics, toolVersion,
            runProperties: project.Length == 0 ? null : new[] { new KeyValuePair<string, string>(ProjectProperty, project) });

    /// <summary>The project that wrote the log now at <paramref name="path"/>, when it is not the one <paramref name="log"/> is of.</summary>
    public static string? OtherProject(string path, string log)
    {
        var previous = Previous(path);
        return previous is not null && previous != Recorded(log) ? Unescape(previous) : null;
    }

    /// <summary>The project recorded in a log, as written (JSON-escaped).</summary>
    private static string? Recorded(string log) => s_project.Match(log) is { Success: true } match ? match.Groups[1].Value : null;

    private static string? Previous(string path)
    {
        try
        {
            return File.Exists(path) ? Recorded(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Enough JSON unescaping for a path in a message.</summary>
    private static string Unescape(string json) => Regex.Replace(json, "\\\\(u[0-9a-fA-F]{4}|.)", m =>
        m.Groups[1].Value.Length == 5 ? ((char)Convert.ToInt32(m.Groups[1].Value.Substring(1), 16)).ToString() : m.Groups[1].Value);
}
