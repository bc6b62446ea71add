namespace Units.Std.Patterns;

partial struct AnsiStyle<TSelf>
{
    public static string Heading(string text) => $"\u001b[1m{text}\u001b[0m";

    public static string Emphasis(string text) => $"\u001b[3m{text}\u001b[0m";
}

partial struct AnsiFrame<TSelf>
{
    public static string Box(string text) => $"\u001b[7m {text} \u001b[0m";
}

partial struct PlainStyle<TSelf>
{
    public static string Heading(string text) => text.ToUpperInvariant();

    public static string Emphasis(string text) => $"*{text}*";
}

partial struct PlainFrame<TSelf>
{
    public static string Box(string text) => $"[ {text} ]";
}

partial struct Banner<TSelf, TStyle, TFrame>
{
    public static string Show(string title, string note) => TFrame.Box(TStyle.Heading(title)) + " " + TStyle.Emphasis(note);
}
