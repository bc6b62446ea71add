using System.Reflection;

namespace Units.Generator.Tests;

internal static class TestPaths
{
    public static string SourceDirectory =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SourceDirectory").Value!;

    /// <summary>The repository (two folders above this project's source).</summary>
    public static string RepositoryDirectory => Path.GetFullPath(Path.Combine(SourceDirectory, "..", ".."));
}
