namespace Units.Compiler.Emit;

/// <summary>
/// Writes a composition's edge to a Microsoft.Extensions host: the IUnitsComposition members
/// (explicit, so no export's name can clash with them) that register each export as its
/// bundletype's service and run Initialize at start and Shutdown at stop; for a compound with
/// imports, the structs that supply them from the container's services, resolved once at start.
/// </summary>
internal static class HostingWriter
{
    private const string Composition = "global::Units.Extensions.DependencyInjection.IUnitsComposition";
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";

    public static string Write(HostingModel model)
    {
        var name = CSharpNames.Identifier(model.Name);
        var writer = new CodeWriter();
        writer.Block(CSharpEmitter.Header).Line().Open($"namespace {CSharpNames.Namespace(model.Namespace)}");
        writer.Line(model.Imports.IsEmpty
            ? $"/// <summary>The composition as a service of a Microsoft.Extensions host: <c>services.AddUnits&lt;{name}&gt;()</c>.</summary>"
            : $"/// <summary>The composition with its imports supplied by the host's services: <c>services.AddUnits&lt;{name}&gt;()</c>.</summary>");
        writer.Open($"public sealed partial class {name} : {Composition}");
        writer.Line($"private {name}() {{ }}");
        foreach (var import in model.Imports) WriteImport(writer, import, model.Name);
        // The exports by the short name too (App.Meter rather than App<App.Import_clock>.Meter),
        // and the state; Initialize and Shutdown are the host's to call.
        if (!model.Imports.IsEmpty)
        {
            foreach (var export in model.Exports) WriteExport(writer, export);
            writer.Line();
            writer.Line("/// <summary>Whether the host has started the composition (and not yet stopped it).</summary>");
            writer.Line($"public static bool IsInitialized => {model.Facade}.IsInitialized;");
        }
        writer.Line();
        writer.Open($"static void {Composition}.RegisterExports({Services} services)");
        foreach (var export in model.Exports)
        {
            writer.Line($"global::Units.Extensions.DependencyInjection.UnitsServices.AddExport<{export.Service}>(services, {CSharpNames.Literal(export.Name)}, new {export.Adapter}<{export.ExportType}>());");
        }
        writer.Close();
        writer.Line();
        writer.Open($"static void {Composition}.Start(global::System.IServiceProvider services)");
        foreach (var import in model.Imports)
        {
            writer.Line($"{import.Field} = global::Units.Extensions.DependencyInjection.UnitsServices.Require<{import.Service}>(services, {CSharpNames.Literal(model.Name)}, {CSharpNames.Literal(import.Name)});");
        }
        writer.Line($"{model.Facade}.Initialize();");
        writer.Close();
        writer.Line();
        writer.Open($"static void {Composition}.Stop()");
        writer.Line($"{model.Facade}.Shutdown();");
        foreach (var import in model.Imports) writer.Line($"{import.Field} = null;");
        writer.Close();
        writer.Close().Close();
        return writer.ToString();
    }

    private static void WriteExport(CodeWriter writer, HostedExport export)
    {
        writer.Line();
        writer.Line($"/// <summary>Export '{export.Name}' of the composition the host runs.</summary>");
        writer.Open($"public struct {export.TypeName} : {export.Interface}");
        foreach (var member in export.Members)
        {
            writer.Line($"public static {member.Declaration} => {export.ExportType}.{CSharpNames.Identifier(member.Name)}({member.Arguments});");
        }
        writer.Close();
    }

    private static void WriteImport(CodeWriter writer, HostedImport import, string composition)
    {
        var unavailable = CSharpNames.Literal($"import '{import.Name}' of '{composition}' is not supplied: the host's services supply it while the composition runs (from the host's start, before any hosted service starts, to its stop)");
        writer.Line();
        writer.Line($"private static {import.Service}? {import.Field};");
        writer.Line($"/// <summary>Import '{import.Name}': each call goes to the service the host resolved at start.</summary>");
        writer.Open($"public struct {import.TypeName} : {string.Join(", ", import.Interfaces)}");
        foreach (var member in import.Members)
        {
            writer.Line($"public static {member.Declaration} => ({import.Field} ?? throw new global::System.InvalidOperationException({unavailable})).{CSharpNames.Identifier(member.Name)}({member.Arguments});");
        }
        writer.Close();
    }
}
