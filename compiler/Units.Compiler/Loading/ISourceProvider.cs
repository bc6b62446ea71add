namespace Units.Compiler.Loading;

/// <summary>
/// Where unit files come from. The CLI and the MSBuild task read the disk; the generator
/// answers from the project's AdditionalFiles, because a generator must not touch the disk.
/// </summary>
public interface ISourceProvider
{
    /// <summary>A key that is equal for two spellings of the same file (used to load each file once).</summary>
    string GetKey(string path);

    /// <summary>Reads a file; false with a reason when it is missing or unreadable.</summary>
    bool TryRead(string path, out string content, out string error);

    bool Exists(string path);
}
