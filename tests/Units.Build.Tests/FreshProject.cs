using Units.Testing;

namespace Units.Build.Tests;

/// <summary>
/// A brand-new console project in a temporary folder that uses the Units package from a local
/// feed, packed from this repository once per test run.
/// </summary>
internal sealed class FreshProject
{
    private static readonly Lazy<(string Root, string Feed, string Packages)> s_feed = new(PackFeed);

    public string Directory { get; }

    private FreshProject(string directory) => Directory = directory;

    public static string PackageVersion => typeof(UnitsCheck).Assembly.GetName().Version!.ToString(3);

    /// <summary>
    /// `dotnet new console`, `dotnet add package Units`, then a data folder's files: its .unit files
    /// into units/, its .cs files beside Program.cs (which it may replace).
    /// </summary>
    public static FreshProject Create(string name, string dataFolder)
    {
        var project = Create(name, copySample: false);
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(TestPaths.SourceDirectory, "Data", dataFolder)))
        {
            var target = file.EndsWith(".unit", StringComparison.Ordinal) ? project.PathOf(Path.Combine("units", Path.GetFileName(file))) : project.PathOf(Path.GetFileName(file));
            File.Copy(file, target, overwrite: true);
        }
        return project;
    }

    /// <summary>Sets MSBuild properties in the project file, as a user would.</summary>
    public void SetProperties(params (string Name, string Value)[] properties)
    {
        var path = PathOf("App.csproj");
        var text = File.ReadAllText(path);
        var group = string.Concat(properties.Select(p => $"    <{p.Name}>{p.Value}</{p.Name}>\n"));
        File.WriteAllText(path, text.Replace("</PropertyGroup>", group + "  </PropertyGroup>", StringComparison.Ordinal));
    }

    /// <summary>`dotnet new console`, `dotnet add package Units`, then the sample's .unit and .cs files.</summary>
    public static FreshProject Create(string name) => Create(name, copySample: true);

    private static FreshProject Create(string name, bool copySample)
    {
        var (root, feed, packages) = s_feed.Value;
        var directory = Path.Combine(root, name);
        Check(DotnetProcess.Run(root, packages, "new", "console", "--output", directory, "--name", "App", "--no-restore"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Check(DotnetProcess.Run(directory, packages, "add", "package", "Units", "--version", PackageVersion));
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "units"));
        if (!copySample) return new FreshProject(directory);
        var data = Path.Combine(TestPaths.SourceDirectory, "Data", "FreshProject");
        File.Copy(Path.Combine(data, "greeting.unit"), Path.Combine(directory, "units", "greeting.unit"));
        File.Copy(Path.Combine(data, "Greeters.cs"), Path.Combine(directory, "Greeters.cs"));
        File.Copy(Path.Combine(data, "Program.cs"), Path.Combine(directory, "Program.cs"), overwrite: true);
        return new FreshProject(directory);
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>The local feed, for tests that read a package.</summary>
    public static string Feed => s_feed.Value.Feed;

    /// <summary>Where restored packages go (the test run's own, never the machine's cache).</summary>
    public static string Packages => s_feed.Value.Packages;

    /// <summary>The local feed's nuget.config (only the feed: nothing comes from elsewhere).</summary>
    public string NuGetConfig => PathOf("nuget.config");

    public DotnetProcess.Result Dotnet(params string[] args) => DotnetProcess.Run(Directory, s_feed.Value.Packages, args);

    /// <summary>A build; detailed verbosity shows whether the check target ran or was skipped.</summary>
    public DotnetProcess.Result Build(params string[] properties) =>
        Dotnet(["build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:d", .. properties]);

    public void AddUnitFile(string dataName, string relative) =>
        File.Copy(Path.Combine(TestPaths.SourceDirectory, "Data", dataName), PathOf(relative));

    private static (string, string, string) PackFeed()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("units-package-").FullName;
        var feed = Path.Combine(root, "feed");
        var packages = Path.Combine(root, "packages");
        // The test project references Units.Build and Units.Cli, so their outputs (and the generator's) are built.
        foreach (var project in new[]
                 {
                     Path.Combine("msbuild", "Units.Build", "Units.Build.csproj"), Path.Combine("compiler", "Units.Cli", "Units.Cli.csproj"),
                     Path.Combine("stdlib-units", "Units.Stdlib.csproj"),
                 })
        {
            Check(DotnetProcess.Run(root, packages, "pack", Path.Combine(TestPaths.RepositoryRoot, project), "--configuration", TestPaths.Configuration,
                "--no-build", "--no-restore", "--output", feed));
        }
        Assert.IsTrue(File.Exists(Path.Combine(feed, $"Units.{PackageVersion}.nupkg")), "the Units package was not created");
        Assert.IsTrue(File.Exists(Path.Combine(feed, $"Units.Cli.{PackageVersion}.nupkg")), "the Units.Cli package was not created");
        Assert.IsTrue(File.Exists(Path.Combine(feed, $"Units.Stdlib.{PackageVersion}.nupkg")), "the Units.Stdlib package was not created");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return (root, feed, packages);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder left behind is not worth failing a run for
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Check(DotnetProcess.Result result)
    {
        if (result.ExitCode != 0) Assert.Fail(result.ToString());
    }
}
