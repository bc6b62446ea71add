using Units.Compiler.Loading;

namespace Units.Fuzzing;

/// <summary>The corpus as files, with one of them replaced by the input: the corpus is read into memory once per worker.</summary>
internal sealed class OverlaySourceProvider(InMemorySourceProvider corpus) : ISourceProvider
{
    private string _key = string.Empty, _text = string.Empty;

    public void Replace(string path, string text) => (_key, _text) = (corpus.GetKey(path), text);

    public string GetKey(string path) => corpus.GetKey(path);

    public bool Exists(string path) => GetKey(path) == _key || corpus.Exists(path);

    public bool TryRead(string path, out string content, out string error)
    {
        if (GetKey(path) == _key)
        {
            (content, error) = (_text, string.Empty);
            return true;
        }
        return corpus.TryRead(path, out content, out error);
    }
}
