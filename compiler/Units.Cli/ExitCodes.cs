namespace Units.Cli;

/// <summary>The process exit codes of every command (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>No errors (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The unit files have errors.</summary>
    public const int Errors = 1;

    /// <summary>Bad command line, or a named file could not be read or written.</summary>
    public const int Usage = 2;

    /// <summary>A fault inside units itself; the message asks for a report.</summary>
    public const int InternalError = 3;
}
