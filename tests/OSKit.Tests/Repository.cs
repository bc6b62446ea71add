using System.Reflection;

namespace OSKit.Tests;

internal static class Repository
{
    public static string Root => Metadata("RepositoryRoot");

    public static string SourceDirectory => Metadata("SourceDirectory");

    public static string Sample => Path.Combine(Root, "oskit-sample");

    public static string Configuration => Metadata("Configuration");

    /// <summary>The folder of the Units.Stdlib unit library (include "Units.Stdlib:x.unit").</summary>
    public static string StdlibUnits => Path.Combine(Root, "stdlib-units", "units");

    /// <summary>As the sample's build loads it: any path, and the standard library by name.</summary>
    public static Units.Compiler.Loading.LoadingPolicy Policy => new([], Units.Compiler.Loading.FrontEnd.Tool,
        new Units.Compiler.Loading.UnitLibraries([new Units.Compiler.Loading.UnitLibrary("Units.Stdlib", StdlibUnits)]));

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    /// <summary>A path relative to the repository, with forward slashes (for expected files).</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
