using System.Reflection;

namespace OSKit.Tests;

internal static class Repository
{
    public static string Root => Metadata("RepositoryRoot");

    public static string SourceDirectory => Metadata("SourceDirectory");

    public static string Sample => Path.Combine(Root, "oskit-sample");

    public static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    /// <summary>A path relative to the repository, with forward slashes (for expected files).</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
