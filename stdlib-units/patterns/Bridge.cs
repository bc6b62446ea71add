namespace Units.Std.Patterns;

partial struct TextRenderer<TSelf>
{
    public static string Title(string text) => text + "\n" + new string('=', text.Length);

    public static string Item(string text) => "  - " + text;

    public static string Join(string[] lines) => string.Join("\n", lines);
}

partial struct MarkdownRenderer<TSelf>
{
    public static string Title(string text) => "# " + text;

    public static string Item(string text) => "* " + text;

    public static string Join(string[] lines) => string.Join("\n", lines);
}

partial struct SummaryReport<TSelf, TRenderer>
{
    public static string Render(string title, string[] items) =>
        TRenderer.Join([TRenderer.Title(title), TRenderer.Item($"{items.Length} item{(items.Length == 1 ? "" : "s")}")]);
}

partial struct DetailReport<TSelf, TRenderer>
{
    public static string Render(string title, string[] items) =>
        TRenderer.Join([TRenderer.Title(title), .. items.Select(TRenderer.Item)]);
}
