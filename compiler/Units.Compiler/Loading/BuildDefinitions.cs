namespace Units.Compiler.Loading;

/// <summary>
/// The definitions a build gives the unit files, read the same way by the generator and the
/// MSBuild task: <c>UnitsDefine</c> ("NAME=value;OTHER"; a name alone means "1"), plus
/// <c>${MSBuildProjectDirectory}</c> unless the list defines it.
/// </summary>
public static class BuildDefinitions
{
    public static SortedDictionary<string, string> Parse(string? list, string? projectDirectory)
    {
        var definitions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (list ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = entry.IndexOf('=');
            var name = (equals < 0 ? entry : entry.Substring(0, equals)).Trim();
            if (name.Length > 0) definitions[name] = equals < 0 ? "1" : entry.Substring(equals + 1).Trim();
        }
        if (!string.IsNullOrWhiteSpace(projectDirectory) && !definitions.ContainsKey("MSBuildProjectDirectory"))
        {
            definitions["MSBuildProjectDirectory"] = projectDirectory!.Trim();
        }
        return definitions;
    }
}
