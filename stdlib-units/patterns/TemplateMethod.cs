using System.Globalization;

namespace Units.Std.Patterns;

partial struct ReportTemplate<TSelf, TSteps>
{
    public static string Render()
    {
        var rows = TSteps.Rows();
        var lines = new List<string> { TSteps.Header() };
        lines.AddRange(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name,-12}{r.Amount,10:F2}")));
        lines.Add(TSteps.Footer(rows.Sum(r => r.Amount)));
        return string.Join("\n", lines);
    }
}

partial struct SalesSteps<TSelf>
{
    public static string Header() => "Sales";

    public static IReadOnlyList<(string Name, decimal Amount)> Rows() => [("north", 120.5m), ("south", 80m)];

    public static string Footer(decimal total) => string.Create(CultureInfo.InvariantCulture, $"total {total:F2}");
}

partial struct StockSteps<TSelf>
{
    public static string Header() => "Stock";

    public static IReadOnlyList<(string Name, decimal Amount)> Rows() => [("disks", 12m), ("tapes", 3m), ("floppies", 40m)];

    public static string Footer(decimal total) => string.Create(CultureInfo.InvariantCulture, $"{total:F0} items");
}
