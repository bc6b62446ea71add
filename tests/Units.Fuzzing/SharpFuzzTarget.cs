using SharpFuzz;
using Units.Compiler.Syntax;

namespace Units.Fuzzing;

/// <summary>
/// The lexer and parser under coverage-guided fuzzing: SharpFuzz runs this with AFL, and any
/// exception that escapes is a crash AFL keeps. Run as README.md says (the compiler assembly must be
/// instrumented first).
/// </summary>
internal static class SharpFuzzTarget
{
    public static void Run() => Fuzzer.OutOfProcess.Run(stream =>
    {
        using var reader = new StreamReader(stream);
        var tree = SyntaxTree.Parse("/fuzz/input.unit", reader.ReadToEnd());
        foreach (var diagnostic in tree.Diagnostics) _ = diagnostic.Message;
    });
}
