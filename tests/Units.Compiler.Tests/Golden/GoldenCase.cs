namespace Units.Compiler.Tests.Golden;

/// <summary>
/// One data-driven case under Cases/: a .unit file (or a folder with main.unit and the files it
/// includes) and a .expected file with the diagnostics it must produce. A first line
/// <c>// args: --root R -D NAME=value</c> sets the options.
/// </summary>
public sealed record GoldenCase(string Name, string Directory, string MainFile, string ExpectedPath, bool IsFolder = false)
{
    public override string ToString() => Name;

    /// <summary>Cases/&lt;phase&gt;/&lt;case&gt;.unit, and Cases/&lt;phase&gt;/&lt;case&gt;/main.unit for cases with several files.</summary>
    public static IEnumerable<GoldenCase> All(string casesRoot)
    {
        foreach (var phase in System.IO.Directory.GetDirectories(casesRoot).OrderBy(d => d, StringComparer.Ordinal))
        {
            var phaseName = Path.GetFileName(phase);
            foreach (var file in System.IO.Directory.GetFiles(phase, "*.unit").OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = phaseName + "/" + Path.GetFileNameWithoutExtension(file);
                yield return new GoldenCase(name, phase, Path.GetFileName(file), Path.ChangeExtension(file, ".expected"));
            }
            foreach (var folder in System.IO.Directory.GetDirectories(phase).OrderBy(d => d, StringComparer.Ordinal))
            {
                if (!File.Exists(Path.Combine(folder, "main.unit"))) continue;
                yield return new GoldenCase(phaseName + "/" + Path.GetFileName(folder), folder, "main.unit", folder + ".expected", IsFolder: true);
            }
        }
    }

    /// <summary>The options from the "// args:" line (--root, -D, and --file for another root file).</summary>
    public (string? Root, Dictionary<string, string> Definitions, List<string> ExtraFiles) ReadArgs() => ReadArgs(out _);

    /// <summary>
    /// The options, and the ones that ask for more output: --schedule, and
    /// --explain instance[.port[.member]] with --property P.
    /// </summary>
    public (string? Root, Dictionary<string, string> Definitions, List<string> ExtraFiles) ReadArgs(out Dictionary<string, string> flags)
    {
        flags = new Dictionary<string, string>(StringComparer.Ordinal);
        var extraFiles = new List<string>();
        var firstLine = File.ReadLines(Path.Combine(Directory, MainFile)).FirstOrDefault() ?? string.Empty;
        string? root = null;
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!firstLine.StartsWith("// args:", StringComparison.Ordinal)) return (root, definitions, extraFiles);
        var words = firstLine.Substring("// args:".Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "--root") root = words[++i];
            else if (words[i] == "--file") extraFiles.Add(words[++i]);
            else if (words[i] is "--explain" or "--property" or "--library") flags[words[i]] = words[++i];
            else if (words[i].StartsWith("--", StringComparison.Ordinal)) flags[words[i]] = string.Empty;
            else if (words[i] == "-D")
            {
                var pair = words[++i].Split('=', 2);
                definitions[pair[0]] = pair.Length > 1 ? pair[1] : "1";
            }
        }
        return (root, definitions, extraFiles);
    }
}
