namespace Units.Cli.Arguments;

/// <summary>
/// A small, strict command-line parser: options are declared up front, unknown options are
/// usage errors, values may be attached (<c>--root=R</c>, <c>-DNAME=v</c>) or separate.
/// </summary>
internal sealed class ArgumentParser
{
    private readonly Dictionary<string, string> _valueOptions = new(StringComparer.Ordinal); // alias -> canonical
    private readonly Dictionary<string, string> _flags = new(StringComparer.Ordinal);

    public ArgumentParser Value(string name, params string[] aliases)
    {
        _valueOptions[name] = name;
        foreach (var alias in aliases) _valueOptions[alias] = name;
        return this;
    }

    public ArgumentParser Flag(string name, params string[] aliases)
    {
        _flags[name] = name;
        foreach (var alias in aliases) _flags[alias] = name;
        return this;
    }

    public bool TryParse(IReadOnlyList<string> args, out ParsedArguments parsed, out string error)
    {
        parsed = new ParsedArguments();
        error = string.Empty;
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg.Length < 2 || arg[0] != '-')
            {
                parsed.Positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            if (_flags.TryGetValue(arg, out var flag))
            {
                parsed.Flags.Add(flag);
                continue;
            }
            if (!TrySplitValue(arg, out var name, out var value))
            {
                error = $"unknown option '{arg}'";
                return false;
            }
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"option '{arg}' needs a value";
                    return false;
                }
                value = args[++i];
            }
            if (!parsed.Options.TryGetValue(name, out var values)) parsed.Options[name] = values = new List<string>();
            values.Add(value);
        }
        return true;
    }

    /// <summary>Recognises "--opt", "--opt=value" and, for short options, "-Dvalue".</summary>
    private bool TrySplitValue(string arg, out string name, out string? value)
    {
        value = null;
        if (_valueOptions.TryGetValue(arg, out name!)) return true;
        var equals = arg.IndexOf('=');
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 && _valueOptions.TryGetValue(arg.Substring(0, equals), out name!))
        {
            value = arg.Substring(equals + 1);
            return true;
        }
        if (!arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2 && _valueOptions.TryGetValue(arg.Substring(0, 2), out name!))
        {
            value = arg.Substring(2);
            return true;
        }
        name = string.Empty;
        return false;
    }
}
