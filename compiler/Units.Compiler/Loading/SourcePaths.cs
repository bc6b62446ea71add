namespace Units.Compiler.Loading;

/// <summary>
/// Path arithmetic on the forward-slash form used in diagnostics, independent of the host OS,
/// so the same inputs print the same paths everywhere.
/// </summary>
public static class SourcePaths
{
    public static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        var rooted = IsRooted(slashed);
        var prefix = string.Empty;
        if (slashed.Length >= 2 && slashed[1] == ':')
        {
            prefix = slashed.Substring(0, 2);
            slashed = slashed.Substring(2);
        }
        if (slashed.StartsWith("/", StringComparison.Ordinal)) prefix += "/";
        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            if (part == ".." && rooted) continue;
            parts.Add(part);
        }
        var joined = prefix + string.Join("/", parts);
        return joined.Length == 0 ? "." : joined;
    }

    public static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) ||
        (path.Length >= 2 && path[1] == ':');

    public static string GetDirectory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
    }

    /// <summary>Resolves <paramref name="relative"/> against the directory of <paramref name="fromFile"/>.</summary>
    public static string ResolveRelative(string fromFile, string relative) =>
        IsRooted(relative) ? Normalize(relative) : Normalize(GetDirectory(fromFile) + relative);
}
