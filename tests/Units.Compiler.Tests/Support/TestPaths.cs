using System.Reflection;

namespace Units.Compiler.Tests.Support;

/// <summary>Where the test project's data and the repository live (recorded at build time).</summary>
internal static class TestPaths
{
    public static string SourceDirectory => Metadata("SourceDirectory");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
