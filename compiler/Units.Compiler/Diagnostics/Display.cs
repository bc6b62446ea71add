namespace Units.Compiler.Diagnostics;

/// <summary>Helpers that keep messages short and readable whatever the input holds.</summary>
public static class Display
{
    private const int MaxNameLength = 80;

    /// <summary>A name as it appears in a message; absurdly long names are cut short.</summary>
    public static string Name(string name) =>
        name.Length <= MaxNameLength ? name : name.Substring(0, MaxNameLength - 20) + "…(" + name.Length + " chars)";

    /// <summary>" (did you mean 'x'?)" when a candidate is close enough, else an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var best = Suggestions.Closest(name, candidates);
        return best is null ? string.Empty : $"; did you mean '{Name(best)}'?";
    }

    /// <summary>A quoted, comma-separated list: 'a', 'b' and 'c'.</summary>
    public static string List(IEnumerable<string> items, int max = 6)
    {
        var all = items.ToList();
        var shown = all.Take(max).Select(i => $"'{Name(i)}'").ToList();
        var text = shown.Count switch
        {
            0 => string.Empty,
            1 => shown[0],
            _ => string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[shown.Count - 1],
        };
        return all.Count > max ? $"{text} (and {all.Count - max} more)" : text;
    }

    /// <summary>"a -> b -> c", with the middle of very long chains left out.</summary>
    public static string Chain(IEnumerable<string> items, string separator = " -> ")
    {
        var all = items.Select(Name).ToList();
        if (all.Count <= 8) return string.Join(separator, all);
        return string.Join(separator, all.Take(4)) + separator + $"…({all.Count - 7} more)…" + separator + string.Join(separator, all.Skip(all.Count - 3));
    }
}
