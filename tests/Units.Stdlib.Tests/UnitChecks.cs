using System.Reflection;
using Units.Compiler;
using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;

namespace Units.Std.Tests;

/// <summary>Checks a composition written in a test against the standard library's real unit files.</summary>
internal static class UnitChecks
{
    public static string RepositoryRoot =>
        typeof(UnitChecks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The folder of the Units.Stdlib unit library.</summary>
    public static string LibraryFolder => Path.Combine(RepositoryRoot, "stdlib-units", "units");

    /// <summary>
    /// The diagnostics of <paramref name="text"/>, which may include the library by name
    /// ("Units.Stdlib:locks.unit", as a project that references it does) and the patterns as
    /// "stdlib:patterns/decorator.unit".
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(string text)
    {
        var stdlib = Path.Combine(RepositoryRoot, "stdlib-units").Replace('\\', '/') + "/";
        var policy = new LoadingPolicy([], FrontEnd.Tool, new UnitLibraries([new UnitLibrary("Units.Stdlib", LibraryFolder)]));
        var directory = Directory.CreateTempSubdirectory("units-stdlib-");
        try
        {
            var path = Path.Combine(directory.FullName, "case.unit");
            File.WriteAllText(path, text.Replace("stdlib:", stdlib));
            return UnitCompilation.Create([path], FileSystemSourceProvider.Instance, Variables.None, policy).Check().Diagnostics.ToList();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The one error the text must give, by id.</summary>
    public static Diagnostic SingleError(string text, string id)
    {
        var diagnostics = Check(text);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.AreEqual(1, errors.Count, string.Join("\n", diagnostics.Select(DiagnosticFormatter.FormatWithNotes)));
        Assert.AreEqual(id, errors[0].Id, DiagnosticFormatter.FormatWithNotes(errors[0]));
        return errors[0];
    }
}
