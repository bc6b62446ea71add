namespace Units.Cli.Arguments;

/// <summary>Reads <c>-D NAME=value</c> definitions.</summary>
internal static class Definitions
{
    public static bool TryParse(IEnumerable<string> values, out Dictionary<string, string> definitions, out string error)
    {
        definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        error = string.Empty;
        foreach (var value in values)
        {
            var equals = value.IndexOf('=');
            var name = equals < 0 ? value : value.Substring(0, equals);
            if (name.Length == 0 || !IsName(name))
            {
                error = $"-D needs NAME=value with a C-style name, got '{value}'";
                return false;
            }
            definitions[name] = equals < 0 ? "1" : value.Substring(equals + 1);
        }
        return true;
    }

    private static bool IsName(string name) =>
        (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c)));
}
