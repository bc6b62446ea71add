namespace Units.Compiler.Diagnostics;

/// <summary>Finds the name a user probably meant, by edit distance.</summary>
public static class Suggestions
{
    private const int MaxLength = 64;

    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        // Long names make the distance quadratic and never are typos of each other.
        if (name.Length == 0 || name.Length > MaxLength) return null;
        var threshold = Math.Max(1, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            if (candidate == name || candidate.Length > MaxLength) continue;
            if (Math.Abs(candidate.Length - name.Length) > threshold) continue;
            var distance = Distance(name, candidate);
            if (distance <= threshold && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance; case differences count half as much as other edits.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i * 2;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j * 2;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 1 : 2;
                var value = Math.Min(Math.Min(d[i - 1, j] + 2, d[i, j - 1] + 2), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 2);
                }
                d[i, j] = value;
            }
        }
        // Scale back to whole edits (a case change rounds to one edit).
        return (d[a.Length, b.Length] + 1) / 2;
    }
}
