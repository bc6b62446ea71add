using System.Text.RegularExpressions;
using Units.Compiler.Diagnostics;
using Units.Compiler.Tests.Support;

namespace Units.Compiler.Tests.Diagnostics;

[TestClass]
public sealed class DocumentationTests
{
    private static readonly string s_doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));

    [TestMethod]
    public void Every_diagnostic_is_documented_and_every_documented_id_exists()
    {
        var documented = Regex.Matches(s_doc, @"^## (UNIT\d{4})", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        CollectionAssert.AreEquivalent(ids, documented);
    }

    [TestMethod]
    public void Ids_are_unique_and_sit_in_their_phase_range()
    {
        var all = DiagnosticDescriptors.All;
        Assert.AreEqual(all.Count, all.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in all)
        {
            var number = int.Parse(descriptor.Id.Substring(4), System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(descriptor.Phase, (DiagnosticPhase)((number / 100) switch { 0 => 0, 1 => 1, 2 => 2, 3 or 4 => 3, var n => n - 1 }), descriptor.Id);
        }
    }

    [TestMethod]
    public void Help_links_point_at_the_documentation_anchor()
    {
        Assert.AreEqual(DiagnosticDescriptor.HelpBase + "unit0301", DiagnosticDescriptors.UnknownBundleType.HelpLink);
    }
}
