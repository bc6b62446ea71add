using System.Reflection;

namespace Units.Build.Tests;

internal static class TestPaths
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string SourceDirectory => Metadata("SourceDirectory");

    public static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
