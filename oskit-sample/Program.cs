using Units.Compiler;
using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;

// The sample's composition, checked by the Units compiler and reported.
var folder = Path.Combine(AppContext.BaseDirectory, "units");
var files = Directory.GetFiles(folder, "*.unit").OrderBy(f => f, StringComparer.Ordinal).ToArray();
var compilation = UnitCompilation.Create(files, FileSystemSourceProvider.Instance, Variables.None);
var result = compilation.Check();
foreach (var diagnostic in result.Diagnostics) Console.WriteLine(DiagnosticFormatter.FormatWithNotes(diagnostic));
foreach (var composition in result.Compositions)
{
    Console.WriteLine($"composition {composition.Root.Name}: {composition.Instances.Count} instances");
    foreach (var instance in composition.Instances)
    {
        var imports = instance.Imports.Select(i => $"{i.Port.Name} <- {Describe(composition.Flat, i)}");
        Console.WriteLine($"  {instance.Name,-16} {instance.Unit.Name,-14} {string.Join(", ", imports)}");
    }
}
Console.WriteLine($"check: {DiagnosticFormatter.Summarize(result.Diagnostics)}");
return result.HasErrors ? 1 : 0;

static string Describe(Units.Compiler.Flattening.FlatComposition composition, Units.Compiler.Flattening.FlatPortConnection port)
{
    var suppliers = port.Members.Select(m => m.Supplier.IsRootImport ? "(outside)" : composition.Instances[m.Supplier.Instance].Name).Distinct();
    return string.Join("+", suppliers);
}
