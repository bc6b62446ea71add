namespace Units.Cli.Output;

/// <summary>Whether to colour output: --color always|never|auto; auto means a terminal that is not "dumb" and no NO_COLOR.</summary>
internal static class Terminal
{
    public static bool UseColor(string? option, bool outputRedirected) => option switch
    {
        "always" => true,
        "never" => false,
        _ => !outputRedirected &&
             Environment.GetEnvironmentVariable("NO_COLOR") is null &&
             Environment.GetEnvironmentVariable("TERM") is not "dumb",
    };
}
