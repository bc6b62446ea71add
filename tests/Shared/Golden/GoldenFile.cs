namespace Units.Testing;

/// <summary>
/// Compares output with an expected file. Set UNITS_UPDATE_GOLDEN=1 to rewrite expected files
/// after a deliberate change (then review the diff before committing).
/// </summary>
public static class GoldenFile
{
    public static bool UpdateMode => Environment.GetEnvironmentVariable("UNITS_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (UpdateMode)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.IsTrue(File.Exists(expectedPath), $"missing expected file {expectedPath}; run with UNITS_UPDATE_GOLDEN=1 to create it. Actual:\n{actual}");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected == actual) return;
        Assert.Fail($"output differs from {Path.GetFileName(expectedPath)}\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}
