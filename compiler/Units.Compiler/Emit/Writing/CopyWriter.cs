using System.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// Writes the copies of one implementation into its instances in one composition. Each partial
/// declaration is copied in a scope of its own that stands for the original's: a namespace block
/// with its file's using directives (extension methods still resolve as they did), the facade
/// re-opened, and the instance's struct with the declaration's attributes and modifiers. Inside,
/// the original's nullable context holds; warnings are off, because the user's own declaration is
/// compiled too and reports each warning once, at its real place.
/// </summary>
internal static class CopyWriter
{
    public static string Write(CopyFile file)
    {
        var text = new StringBuilder();
        text.Append(CSharpEmitter.Header);
        foreach (var part in file.Parts)
        {
            OpenFacade(text, file.Facade, part.Usings);
            foreach (var instance in file.Instances) WriteInstance(text, part, instance);
            CloseFacade(text);
        }
        return text.ToString();
    }

    /// <summary>A namespace block with the given usings, and the facade re-opened in it.</summary>
    internal static void OpenFacade(StringBuilder text, FacadeScope facade, IEnumerable<string> usings)
    {
        text.Append("\nnamespace ").Append(CSharpNames.Namespace(facade.Namespace)).Append("\n{\n");
        foreach (var directive in usings) text.Append("    ").Append(directive).Append('\n');
        // No modifiers: the facade's own part says static (or sealed, for a host's composition type).
        text.Append("    partial class ").Append(facade.Name).Append(facade.TypeParameterList).Append("\n    {\n");
    }

    internal static void CloseFacade(StringBuilder text) => text.Append("    }\n}\n");

    private static void WriteInstance(StringBuilder text, CopyTemplate part, CopiedInstance instance)
    {
        var attributes = Render(part.Attributes, instance);
        if (attributes.Length > 0) text.Append("        ").Append(attributes.Trim()).Append('\n');
        text.Append("        ");
        foreach (var modifier in part.Modifiers) text.Append(modifier).Append(' ');
        text.Append("partial struct ").Append(instance.TypeName).Append("\n        {\n");
        text.Append(part.NullableAnnotations ? "#nullable enable annotations\n" : "#nullable disable annotations\n");
        text.Append("#nullable disable warnings\n#pragma warning disable\n");
        // Copied as written (not re-indented), so columns in the copy are the original's.
        text.Append(Render(part.Members, instance));
        text.Append("#pragma warning restore\n#pragma warning disable CS8981\n#nullable enable\n        }\n");
    }

    internal static string Render(EquatableArray<TemplateSegment> segments, CopiedInstance instance)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            text.Append(segment.Kind switch
            {
                TemplateSegmentKind.TypeParameter => instance.TypeArguments[segment.Index],
                TemplateSegmentKind.SelfName => instance.TypeName,
                TemplateSegmentKind.ClosedSelf => instance.ClosedImplementation,
                _ => segment.Text,
            });
        }
        return text.ToString();
    }
}
