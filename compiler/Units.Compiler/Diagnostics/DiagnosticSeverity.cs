namespace Units.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
