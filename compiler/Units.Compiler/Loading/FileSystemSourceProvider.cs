namespace Units.Compiler.Loading;

/// <summary>Reads unit files from the disk (used by the CLI and the MSBuild task).</summary>
public sealed class FileSystemSourceProvider : ISourceProvider
{
    public static FileSystemSourceProvider Instance { get; } = new();

    public string GetKey(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    public bool Exists(string path)
    {
        try
        {
            return File.Exists(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public bool TryRead(string path, out string content, out string error)
    {
        try
        {
            // Bounded: a path that names a device or a huge file must not exhaust memory.
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[81920];
            var text = new System.Text.StringBuilder();
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > LoadingPolicy.MaxFileLength) break; // the loader refuses it, with a reason
            }
            content = text.ToString();
            error = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            content = string.Empty;
            error = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message;
            return false;
        }
    }
}
