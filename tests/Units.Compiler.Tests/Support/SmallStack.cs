namespace Units.Compiler.Tests.Support;

/// <summary>
/// Runs code on a thread with a small stack (256 KiB, a quarter of Windows' default), so a
/// test proves that deep input cannot overflow the stack of any host the compiler runs in.
/// </summary>
internal static class SmallStack
{
    public const int Size = 256 * 1024;

    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, Size);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new AssertFailedException("the compiler threw: " + failure, failure);
        return result;
    }
}
