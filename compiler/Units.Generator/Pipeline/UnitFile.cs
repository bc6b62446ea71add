namespace Units.Generator.Pipeline;

/// <summary>One .unit AdditionalFile: its path and text (value-equatable, so unchanged files are cached).</summary>
internal sealed record UnitFile(string Path, string Text);
