namespace Units.Std.Patterns;

partial struct BlankHandler<TSelf, TNext>
{
    public static string Handle(string request) => string.IsNullOrWhiteSpace(request) ? "blank" : TNext.Handle(request);
}

partial struct NumberHandler<TSelf, TNext>
{
    public static string Handle(string request) =>
        long.TryParse(request, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? $"number {n}" : TNext.Handle(request);
}

partial struct GreetingHandler<TSelf, TNext>
{
    public static string Handle(string request) =>
        request.Trim().Equals("hello", StringComparison.OrdinalIgnoreCase) ? "greeting" : TNext.Handle(request);
}

partial struct FallbackHandler<TSelf>
{
    public static string Handle(string request) => $"unknown '{request}'";
}
