using System.Text.RegularExpressions;
using Units.Testing;

namespace OSKit.Tests;

/// <summary>
/// The sample's own build rejects a broken variant: MSBuild runs the sample's UnitsCheck target
/// with the variant added to its unit files, and the target fails with the located error. (Only
/// that target: the sample the other tests run is not rebuilt.)
/// </summary>
[TestClass]
public sealed class SampleBuildTests
{
    [TestMethod]
    public void Building_the_sample_with_a_broken_variant_fails_with_the_located_error()
    {
        var result = DotnetProcess.Run(Repository.Sample, null, "msbuild", Path.Combine(Repository.Sample, "oskit-sample.csproj"),
            "-t:UnitsCheck", "-nodeReuse:false", $"-p:Configuration={Repository.Configuration}", "-p:OSKitBrokenVariant=mixed-families", "-v:m");
        Assert.AreEqual(1, result.ExitCode, result.ToString());
        var variant = Regex.Escape(Path.Combine(Repository.Sample, "broken", "mixed-families.unit"));
        StringAssert.Matches(result.Output, new Regex(variant + @"\(14,49,14,52\): error UNIT0604: 'family' of import 'ctl.Acknowledge' of MixedMachine_drive_disk"));

        var clean = DotnetProcess.Run(Repository.Sample, null, "msbuild", Path.Combine(Repository.Sample, "oskit-sample.csproj"),
            "-t:UnitsCheck", "-nodeReuse:false", $"-p:Configuration={Repository.Configuration}", "-v:m");
        Assert.AreEqual(0, clean.ExitCode, "without the variant the check passes: " + clean);
    }
}
