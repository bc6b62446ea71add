namespace Units.Compiler.Diagnostics;

public static partial class DiagnosticDescriptors
{
    // ---- tools (CLI, MSBuild task): UNIT0900-0999 ----
    public static readonly DiagnosticDescriptor SarifOutputShared = Warning("UNIT0901", "SARIF log shared by two projects",
        "the SARIF log '{0}' held the results of project '{1}', and this project's replace them; give each project its own UnitsSarifOutput (the default, under obj/, is one per project), for example with $(MSBuildProjectName) in the path", DiagnosticPhase.Tooling);
}
