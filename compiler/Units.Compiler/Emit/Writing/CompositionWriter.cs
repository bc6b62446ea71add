namespace Units.Compiler.Emit;

/// <summary>
/// Writes one compound unit as a static class: its exports are nested types (the instance that
/// supplies an export is itself that type, so callers pay no extra call), every other instance is
/// a nested struct, and Initialize/Shutdown run the schedule.
/// </summary>
internal sealed partial class CompositionWriter
{
    private readonly CompositionFile _file;
    private readonly CompositionModel _composition;
    private readonly InstanceTypes _types;
    private readonly CodeWriter _writer = new();
    private readonly List<string> _inlineStructs = new();

    private CompositionWriter(CompositionFile file)
    {
        _file = file;
        _composition = file.Composition;
        _types = new InstanceTypes(file.Composition, file.UnitOf);
    }

    public static string Write(CompositionFile file) => new CompositionWriter(file).Run();

    private BoundUnit UnitOf(int index) => _file.UnitOf(_composition.Instances[index]);

    private string FacadeName => CSharpNames.Identifier(_composition.Name);

    /// <summary>How the facade is named from outside (with its type parameters).</summary>
    private string FacadeReference => CSharpNames.Global(_composition.Namespace, _composition.Name) + _composition.TypeParameterList;

    private string Run()
    {
        // Inline code (%{ %}) is written as in a file with 'using System;'; generated code qualifies every name.
        _writer.Block(CSharpEmitter.Header).Line("using System;");
        _writer.Line().Open($"namespace {CSharpNames.Namespace(_composition.Namespace)}");
        _writer.Lines(CSharpNames.DocLines(_composition.Doc ?? $"The composition '{_composition.Name}', wired by Units."));
        // A hosted facade is the type AddUnits<App>() names: a class, which a static class cannot be.
        _writer.Line(_file.IsHostedFacade ? $"public sealed partial class {FacadeName}" : $"public static partial class {FacadeName}{_composition.TypeParameterList}");
        foreach (var import in _composition.Imports)
        {
            var interfaces = new[] { "struct" }.Concat(ImportInterfaces(import));
            _writer.Line($"    where {import.TypeParameter} : {string.Join(", ", interfaces)}");
        }
        _writer.Line("{");
        _writer.Block(Indent(_composition.HasErrors ? WriteStubs() : WriteInstances()));
        _writer.Line("}");
        _writer.Close();
        foreach (var inline in _inlineStructs) _writer.Block(inline);
        return _writer.ToString();
    }

    private static IEnumerable<string> ImportInterfaces(ImportModel import) =>
        (import.Interface is null ? Enumerable.Empty<string>() : new[] { import.Interface }).Concat(import.ExtraInterfaces).Distinct();

    private static string Indent(string text) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : "    " + l));

    /// <summary>A composition with errors: the facade with exports whose members throw, so code that uses it still compiles.</summary>
    private string WriteStubs()
    {
        var writer = new CodeWriter();
        foreach (var export in _composition.Exports)
        {
            WriteStruct(writer, export.TypeName, export.Interface is null ? Array.Empty<string>() : new[] { export.Interface },
                export.Members.Select(m => Throwing(m)), partialStruct: false);
        }
        writer.Line("public static bool IsInitialized => false;");
        writer.Line($"public static void Initialize() => throw new global::System.InvalidOperationException({CSharpNames.Literal(ErrorMessage)});");
        writer.Line("public static void Shutdown() { }");
        // The whole facade exists, so code that reads the manifest still compiles.
        WriteManifest(writer);
        return writer.ToString();
    }

    private string ErrorMessage => $"The composition '{_composition.Name}' has errors in its unit files; see the UNIT diagnostics of the build.";

    private string Throwing(MemberModel member) =>
        $"public static {member.Declaration} => throw new global::System.InvalidOperationException({CSharpNames.Literal(ErrorMessage)});";

    private static void WriteStruct(CodeWriter writer, string name, IEnumerable<string> interfaces, IEnumerable<string> members, bool partialStruct)
    {
        var list = interfaces.Distinct().ToList();
        writer.Open($"public {(partialStruct ? "partial " : "")}struct {name}{(list.Count == 0 ? "" : " : " + string.Join(", ", list))}");
        foreach (var member in members) writer.Block(member);
        writer.Close();
    }
}
