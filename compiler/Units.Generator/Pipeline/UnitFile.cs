namespace Units.Generator.Pipeline;

/// <summary>
/// One .unit AdditionalFile: its path and text (value-equatable, so unchanged files are cached).
/// A file of a referenced unit library carries the library's name and folder (item metadata
/// UnitsLibrary and UnitsLibraryRoot): it is there to be included, never loaded as a root.
/// </summary>
internal sealed record UnitFile(string Path, string Text)
{
    public string? Library { get; init; }

    public string? LibraryRoot { get; init; }
}
