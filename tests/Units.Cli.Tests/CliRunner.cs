using System.Diagnostics;
using System.Reflection;

namespace Units.Cli.Tests;

/// <summary>Runs the CLI in-process (fast, for logic) or as a real process (for exit codes end to end).</summary>
internal static class CliRunner
{
    public static string SourceDirectory =>
        typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SourceDirectory").Value!;

    public static string RepositoryRoot =>
        typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    public static string Data(string name) => Path.Combine(SourceDirectory, "Data", name);

    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }

    public static Result RunProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "units.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the CLI did not finish within two minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
