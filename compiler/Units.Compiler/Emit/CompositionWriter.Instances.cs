namespace Units.Compiler.Emit;

internal sealed partial class CompositionWriter
{
    private string WriteInstances()
    {
        var writer = new CodeWriter();
        for (var i = 0; i < _composition.Instances.Count; i++) WriteInstance(writer, i);
        foreach (var union in _composition.Unions) WriteUnion(writer, union);
        var renamed = new HashSet<string>(_composition.Instances.Select(i => i.TypeName), StringComparer.Ordinal);
        foreach (var export in _composition.Exports.Where(e => !renamed.Contains(e.TypeName)))
        {
            var target = TypeOf(export.Supplier);
            WriteStruct(writer, export.TypeName, export.Interface is null ? Array.Empty<string>() : new[] { export.Interface },
                export.Members.Select(m => Forwarding(m, target)), partialStruct: false);
        }
        WriteLifecycle(writer);
        WriteManifest(writer);
        return writer.ToString();
    }

    /// <summary>
    /// After a failed initialization: each finalizer whose instance's initializers have all run
    /// (instances without initializers count as initialized), in shutdown order. A finalizer that
    /// throws here does not hide the initializer's exception.
    /// </summary>
    private void WriteRollBack(CodeWriter writer)
    {
        var lastInitializer = new Dictionary<int, int>();
        for (var i = 0; i < _composition.Initializers.Count; i++) lastInitializer[_composition.Initializers[i].Instance] = i + 1;
        writer.Line("/// <summary>Finalizes what a failed Initialize had initialized (<paramref name=\"done\"/> initializers ran).</summary>");
        writer.Open("private static void RollBack(int done)");
        foreach (var call in _composition.Finalizers)
        {
            var needed = lastInitializer.TryGetValue(call.Instance, out var n) ? n : 0;
            var invocation = $"{InstanceTypeReference(call.Instance)}.{CSharpNames.Identifier(call.Function)}();";
            writer.Line(needed == 0
                ? $"try {{ {invocation} }} catch {{ }}"
                : $"if (done >= {needed}) try {{ {invocation} }} catch {{ }}");
        }
        writer.Close();
        writer.Line();
    }

    /// <summary>The composition as data, so a program can report what it was built from.</summary>
    private void WriteManifest(CodeWriter writer)
    {
        var manifest = _composition.Manifest;
        string Strings(IEnumerable<string> items) => items.Any() ? "{ " + string.Join(", ", items.Select(CSharpNames.Literal)) + " }" : "{ }";
        writer.Line();
        writer.Line("/// <summary>What Units built this composition from: its instances, links, rules and schedule.</summary>");
        writer.Open("public static class Manifest");
        writer.Line($"public static readonly string Name = {CSharpNames.Literal(_composition.Name)};");
        writer.Line("/// <summary>Each atomic instance, by its Knit name, and its unit.</summary>");
        writer.Line($"public static readonly (string Instance, string Unit)[] Instances = {{ {string.Join(", ", _composition.Instances.Select(i => $"({CSharpNames.Literal(i.InstanceName)}, {CSharpNames.Literal(i.Unit)})"))} }};");
        writer.Line("/// <summary>Every import and what supplies it: \"consumer.import &lt;- supplier.export\".</summary>");
        writer.Line($"public static readonly string[] Links = {Strings(manifest.Links)};");
        writer.Line("/// <summary>The properties the design rules constrain (all checked when the program was built).</summary>");
        writer.Line($"public static readonly string[] Properties = {Strings(manifest.Properties)};");
        writer.Line("/// <summary>How many rule clauses the check applied to the instances and compounds.</summary>");
        writer.Line($"public static readonly int RuleClauses = {manifest.RuleClauses};");
        writer.Line("/// <summary>The initializers in the order Initialize runs them: \"instance.function\".</summary>");
        writer.Line($"public static readonly string[] Initializers = {Strings(_composition.Initializers.Select(c => $"{_composition.Instances[c.Instance].InstanceName}.{c.Function}"))};");
        writer.Line("/// <summary>The finalizers in the order Shutdown runs them.</summary>");
        writer.Line($"public static readonly string[] Finalizers = {Strings(_composition.Finalizers.Select(c => $"{_composition.Instances[c.Instance].InstanceName}.{c.Function}"))};");
        writer.Close();
    }

    /// <summary>The C# type that stands for a supplier inside the facade.</summary>
    private string TypeOf(SupplierModel supplier)
    {
        switch (supplier.Kind)
        {
            case SupplierKind.Instance:
                var instance = _composition.Instances[supplier.Target];
                var unit = _program.FindUnit(instance.Unit)!;
                var nested = unit.Exports.FirstOrDefault(e => e.Name == supplier.Port)?.NestedType;
                var type = InstanceTypeReference(supplier.Target);
                return nested is null ? type : $"{type}.{nested}";
            case SupplierKind.Union:
                return _composition.Unions[supplier.Target].TypeName;
            case SupplierKind.CompoundImport:
                return CSharpNames.ImportTypeParameter(supplier.Port);
            default:
                return "global::System.ValueTuple"; // unreachable: a composition with missing suppliers is emitted as stubs
        }
    }

    /// <summary>Instances are nested in the facade, except inline units, which live beside it.</summary>
    private string InstanceTypeReference(int index)
    {
        var instance = _composition.Instances[index];
        return _shapes[instance.Unit].Mode == EmissionMode.Inline ? $"{InlineNamespace}.{instance.TypeName}" : instance.TypeName;
    }

    private string InlineNamespace => CSharpNames.Global(_composition.Namespace, _composition.Name + "_Inline");

    private static string Forwarding(MemberModel member, string target, string? implementedName = null) =>
        $"public static {member.Declaration} => {target}{(target.Length == 0 ? "" : ".")}{CSharpNames.Identifier(implementedName ?? member.Name)}({member.Arguments});";

    private void WriteInstance(CodeWriter writer, int index)
    {
        var instance = _composition.Instances[index];
        var shape = _shapes[instance.Unit];
        var unit = shape.Unit;
        var interfaces = unit.Exports.Where(e => e.NestedType is null).SelectMany(e => e.AllInterfaces).ToList();
        writer.Line($"/// <summary>Instance {instance.InstanceName} of unit {unit.Name}.</summary>");
        switch (shape.Mode)
        {
            case EmissionMode.Copy:
                WriteCopy(writer, instance, index, shape, interfaces);
                break;
            case EmissionMode.Inline:
                WriteInline(instance, index, unit);
                break;
            default:
                WriteForwarding(writer, instance, index, shape, interfaces);
                break;
        }
    }

    /// <summary>
    /// <c>Impl&lt;Instance, Supplier1, …&gt;</c>: the shared implementation closed over this instance's
    /// identity (so its static state is its own) and its suppliers.
    /// </summary>
    private string ClosedImplementation(InstanceModel instance, int index, UnitModel unit) =>
        $"{unit.QualifiedImplementationName}<{string.Join(", ", new[] { InstanceTypeReference(index) }.Concat(instance.Imports.Select(TypeOf)))}>";

    private void WriteForwarding(CodeWriter writer, InstanceModel instance, int index, UnitShape shape, List<string> interfaces)
    {
        var unit = shape.Unit;
        var implementation = ClosedImplementation(instance, index, unit);
        var members = new List<string>();
        foreach (var export in unit.Exports.Where(e => e.NestedType is null))
        {
            members.AddRange(export.Members.Select((m, i) => Member(shape, string.Empty, m, implementation, export.ImplementedName(i))));
        }
        foreach (var call in unit.Initializers)
        {
            members.Add(shape.Mode == EmissionMode.Forward && shape.HasCall(call.Function)
                ? $"internal static void {CSharpNames.Identifier(call.Function)}() => {implementation}.{CSharpEmitter.CallAccessor(call.Function)}();"
                : $"internal static void {CSharpNames.Identifier(call.Function)}() {{ }}");
        }
        foreach (var export in unit.Exports.Where(e => e.NestedType is not null))
        {
            var nested = new CodeWriter();
            WriteStruct(nested, export.NestedType!, export.AllInterfaces,
                export.Members.Select((m, i) => Member(shape, export.NestedType!, m, $"{implementation}.{export.NestedType}", export.ImplementedName(i))), partialStruct: false);
            members.Add(nested.ToString());
        }
        WriteStruct(writer, instance.TypeName, interfaces, members, partialStruct: false);
    }

    /// <summary>A forwarding member, or a throwing one when the implementation lacks it.</summary>
    private string Member(UnitShape shape, string container, MemberModel member, string target, string implementedName) =>
        shape.Mode == EmissionMode.Forward && !shape.IsMissing(container, member.Name)
            ? Forwarding(member, target, implementedName)
            : $"public static {member.Declaration} => throw new global::System.InvalidOperationException({CSharpNames.Literal($"Unit '{shape.Unit.Name}' has no C# implementation of '{member.Name}'; see the UNIT diagnostics of the build.")});";

    private void WriteUnion(CodeWriter writer, UnionModel union)
    {
        writer.Line("/// <summary>Members gathered from several suppliers (a bundle union).</summary>");
        WriteStruct(writer, union.TypeName, union.Interface is null ? Array.Empty<string>() : new[] { union.Interface },
            union.Members.Select(m => Forwarding(m.Member, TypeOf(m.Supplier))), partialStruct: false);
    }

    private void WriteLifecycle(CodeWriter writer)
    {
        writer.Line("private static readonly object s_gate = new object();");
        writer.Line("private static bool s_initialized;");
        writer.Line();
        writer.Line("/// <summary>True between <see cref=\"Initialize\"/> and <see cref=\"Shutdown\"/>.</summary>");
        writer.Line("public static bool IsInitialized { get { lock (s_gate) return s_initialized; } }");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Runs every initializer once, each after everything it needs. Calling it again does nothing.");
        writer.Line("/// If an initializer throws, the instances already initialized are finalized again (in shutdown");
        writer.Line("/// order) before the exception propagates, so Initialize can be called again.");
        writer.Line("/// </summary>");
        writer.Open("public static void Initialize()");
        writer.Open("lock (s_gate)");
        writer.Line("if (s_initialized) return;");
        if (_composition.Initializers.IsEmpty)
        {
            writer.Line("s_initialized = true;");
        }
        else
        {
            writer.Line("var done = 0;");
            writer.Open("try");
            for (var i = 0; i < _composition.Initializers.Count; i++)
            {
                var call = _composition.Initializers[i];
                writer.Line($"{InstanceTypeReference(call.Instance)}.{CSharpNames.Identifier(call.Function)}();");
                writer.Line($"done = {i + 1};");
            }
            writer.Close();
            writer.Open("catch");
            writer.Line("RollBack(done);");
            writer.Line("throw;");
            writer.Close();
            writer.Line("s_initialized = true;");
        }
        writer.Close().Close();
        writer.Line();
        if (!_composition.Initializers.IsEmpty) WriteRollBack(writer);
        writer.Line("/// <summary>Runs every finalizer once, in the reverse of the order their needs allow.</summary>");
        writer.Open("public static void Shutdown()");
        writer.Open("lock (s_gate)");
        writer.Line("if (!s_initialized) return;");
        foreach (var call in _composition.Finalizers) writer.Line($"{InstanceTypeReference(call.Instance)}.{CSharpNames.Identifier(call.Function)}();");
        writer.Line("s_initialized = false;");
        writer.Close().Close();
    }
}
