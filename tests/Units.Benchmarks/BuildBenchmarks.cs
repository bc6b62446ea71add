extern alias generator;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Units.Testing;

namespace Units.Benchmarks;

/// <summary>
/// Clean builds of a project composed by Units against the same program wired by hand, at 1,001
/// and 5,001 instances (the synthetic pipelines of check.md, typed, with implementations). "By
/// hand" is the C# Units writes for it, compiled as the project's own source without Units: the
/// wiring a person would have to write to get the same statically linked program. So the ratio is
/// what Units adds to a build: the check task, the generator, and any C# it writes beyond that.
/// Each build is `dotnet build --no-restore` after deleting bin/ and obj/ (restored untimed), in
/// turn Units and hand, the median of several; and the generated size is measured in process,
/// with and without the compounds nobody names (before and after that change).
/// Not BenchmarkDotNet: one clean build is a process of its own, which BenchmarkDotNet cannot repeat.
/// </summary>
public static class BuildBenchmarks
{
    /// <summary>The implementations and a Main that initializes the system, pushes a value through it and shuts it down.</summary>
    private static readonly (string File, string Text)[] Implementations =
    [
        ("Impl.cs", SyntheticImplementations.SourceAndControl),
        ("Stage.cs", SyntheticImplementations.Stage(0)),
        ("Program.cs", """
        namespace Bench;
        public static class Program
        {
            public static int Main()
            {
                System.Initialize();
                System.Out.Put(1);
                var size = System.Out.Size();
                System.Shutdown();
                return size > 0 ? 0 : 1;
            }
        }
        """),
    ];

    public static void Run(string repository, int repetitions)
    {
        var root = Path.Combine(Path.GetTempPath(), "units-build-bench");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        foreach (var pipelines in new[] { 10, 50 })
        {
            var instances = SyntheticComposition.InstanceCount(pipelines, 99);
            var unit = SyntheticComposition.Write(pipelines, 99, typed: true);
            var generated = Generate(unit, nameEveryCompound: false);
            var before = Generate(unit, nameEveryCompound: true);
            var unitsProject = Path.Combine(root, $"units{instances}");
            var handProject = Path.Combine(root, $"hand{instances}");
            WriteUnitsProject(unitsProject, repository, unit);
            WriteHandProject(handProject, generated);
            Dotnet(unitsProject, "restore");
            Dotnet(handProject, "restore");
            // One build of each first: the first build of a process tree pays for loading MSBuild and the compiler.
            CleanBuild(unitsProject);
            CleanBuild(handProject);
            var units = new List<double>();
            var hand = new List<double>();
            for (var i = 0; i < repetitions; i++)
            {
                units.Add(CleanBuild(unitsProject));
                hand.Add(CleanBuild(handProject));
            }
            static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build-{instances} generated {Size(generated)} in {generated.Count} files (all compounds emitted: {Size(before)} in {before.Count} files); " +
                $"clean build units {Median(units):F2} s, hand {Median(hand):F2} s (medians of {repetitions})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build-{instances} units/hand {Median(units) / Median(hand):F3}"));
        }
    }

    private static string Size(IReadOnlyList<(string Name, string Text)> files) =>
        (files.Sum(f => (long)f.Text.Length) / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    /// <summary>The generator's output for the project, in process; <paramref name="nameEveryCompound"/>: as when C# names every compound.</summary>
    private static List<(string Name, string Text)> Generate(string unit, bool nameEveryCompound)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Implementations.Select(i => CSharpSyntaxTree.ParseText(i.Text, parse, "/project/" + i.File)).ToList();
        if (nameEveryCompound)
        {
            var names = string.Join(", ", Enumerable.Range(0, 1000).Where(p => unit.Contains($"unit Pipeline{p} ", StringComparison.Ordinal)).Select(p => $"nameof(Pipeline{p}<source<System>>)"));
            trees.Add(CSharpSyntaxTree.ParseText($"namespace Bench; static class Names {{ static readonly string[] All = {{ {names} }}; }}", parse, "/project/Names.cs"));
        }
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new generator::Units.Generator.UnitsGenerator().AsSourceGenerator()], [new InMemoryText("/project/system.unit", unit)], parse,
            new InMemoryOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }));
        var result = driver.RunGenerators(compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
        return result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }

    private static void WriteUnitsProject(string folder, string repository, string unit)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "system.unit"), unit);
        foreach (var (file, text) in Implementations) File.WriteAllText(Path.Combine(folder, file), text);
        var build = Path.Combine(repository, "msbuild", "Units.Build");
        File.WriteAllText(Path.Combine(folder, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/build/Units.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Bench</RootNamespace>
                <ImplicitUsings>disable</ImplicitUsings>
                <UnitsTaskHost>true</UnitsTaskHost>
                <UnitsTaskAssembly>{build}/bin/Release/netstandard2.0/Units.Build.dll</UnitsTaskAssembly>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{Path.Combine(repository, "compiler", "Units.Generator", "bin", "Release", "netstandard2.0", "Units.Generator.dll")}" />
              </ItemGroup>
              <Import Project="{build}/build/Units.targets" />
            </Project>
            """);
    }

    private static void WriteHandProject(string folder, IReadOnlyList<(string Name, string Text)> generated)
    {
        Directory.CreateDirectory(Path.Combine(folder, "Wiring"));
        foreach (var (file, text) in Implementations) File.WriteAllText(Path.Combine(folder, file), text);
        foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(folder, "Wiring", name), text);
        File.WriteAllText(Path.Combine(folder, "Bench.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Bench</RootNamespace>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
    }

    /// <summary>Seconds for `dotnet build --no-restore` after deleting the outputs (the restore is kept).</summary>
    private static double CleanBuild(string folder)
    {
        var bin = Path.Combine(folder, "bin");
        if (Directory.Exists(bin)) Directory.Delete(bin, recursive: true);
        var obj = Path.Combine(folder, "obj");
        foreach (var entry in Directory.Exists(obj) ? Directory.EnumerateFileSystemEntries(obj).ToList() : new List<string>())
        {
            var name = Path.GetFileName(entry);
            if (name is "project.assets.json" or "project.nuget.cache" || name.EndsWith(".nuget.g.props", StringComparison.Ordinal) ||
                name.EndsWith(".nuget.g.targets", StringComparison.Ordinal) || name.EndsWith(".nuget.dgspec.json", StringComparison.Ordinal)) continue;
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
        var clock = Stopwatch.StartNew();
        Dotnet(folder, "build", "--no-restore", "-c", "Release");
        return clock.Elapsed.TotalSeconds;
    }

    private static void Dotnet(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // No servers kept between builds: each build starts as a clean build on a CI machine does.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} in {folder} failed:\n{output.Result}\n{errors.Result}");
    }
}
