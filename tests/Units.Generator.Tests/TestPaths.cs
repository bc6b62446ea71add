using System.Reflection;

namespace Units.Generator.Tests;

internal static class TestPaths
{
    public static string SourceDirectory =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SourceDirectory").Value!;
}
