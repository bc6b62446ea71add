using System.Diagnostics;

namespace Units.Generator.Tests;

/// <summary>
/// The generator inside a real `dotnet build`: diagnostics from .unit files appear in MSBuild's
/// canonical form at their .unit location, and .globalconfig severities and NoWarn apply to them.
/// </summary>
[TestClass]
public sealed class BuildOutputTests
{
    private const string Units = """
        namespace Demo;
        bundletype Value_T = { int Get() }
        unit source = { exports[ v : Value_T ]; }
        unit Top = {
          imports[ unused : Value_T ];
          exports[ v : Value_T ];
          link{ [v] <- source <- []; }
        }
        """;

    private const string Implementation = "namespace Demo; partial struct source<TSelf> { public static int Get() => 42; }";

    private static (int ExitCode, string Output) Build(string units, string extraProperties = "", string? globalConfig = null)
    {
        var directory = Directory.CreateTempSubdirectory("units-build-");
        try
        {
            var generator = typeof(UnitsGenerator).Assembly.Location;
            File.WriteAllText(Path.Combine(directory.FullName, "Sample.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    {extraProperties}
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{generator}" />
                    <AdditionalFiles Include="*.unit" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory.FullName, "app.unit"), units);
            File.WriteAllText(Path.Combine(directory.FullName, "Source.cs"), Implementation);
            if (globalConfig is not null) File.WriteAllText(Path.Combine(directory.FullName, ".globalconfig"), globalConfig);
            var start = new ProcessStartInfo("dotnet", "build -nologo -nodeReuse:false -clp:NoSummary")
            {
                WorkingDirectory = directory.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k == "MSBuildExtensionsPath").ToList())
            {
                start.Environment.Remove(key);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(300_000)) Assert.Fail("dotnet build did not finish in five minutes");
            return (process.ExitCode, (output.Result + error.Result).Replace(directory.FullName + Path.DirectorySeparatorChar, "<dir>/"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Errors_and_warnings_appear_at_their_unit_file_location()
    {
        var (exitCode, output) = Build(Units.Replace("<- source <-", "<- sourse <-"));
        Assert.AreNotEqual(0, exitCode, output);
        StringAssert.Contains(output, "<dir>/app.unit(7,16): error UNIT0302: unknown unit 'sourse'; did you mean 'source'?");
        StringAssert.Contains(output, "<dir>/app.unit(5,12): warning UNIT0358: import 'unused' of compound unit 'Top' is not used by anything in its link");
    }

    [TestMethod]
    public void A_globalconfig_severity_and_NoWarn_apply_to_unit_diagnostics()
    {
        var (raisedExit, raised) = Build(Units, globalConfig: "is_global = true\ndotnet_diagnostic.UNIT0358.severity = error\n");
        Assert.AreNotEqual(0, raisedExit, raised);
        StringAssert.Contains(raised, "error UNIT0358");
        var (quietExit, quiet) = Build(Units, extraProperties: "<NoWarn>$(NoWarn);UNIT0358</NoWarn>");
        Assert.AreEqual(0, quietExit, quiet);
        Assert.IsFalse(quiet.Contains("UNIT0358"), quiet);
    }
}
