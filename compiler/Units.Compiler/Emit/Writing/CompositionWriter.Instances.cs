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
            var target = _types.Of(export.Supplier);
            var interfaces = export.Interface is null ? Array.Empty<string>() : new[] { export.Interface };
            // Flattened: the members are the merged paths, in the composition's flattened file.
            var flattened = _file.IsFlattened && export.Supplier.Kind == SupplierKind.Instance;
            WriteStruct(writer, export.TypeName, interfaces, flattened ? Array.Empty<string>() : export.Members.Select(m => Forwarding(m, target)), partialStruct: flattened);
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
            var invocation = Invocation(call);
            // A call that cannot be made is a comment: it must not swallow the rest of its line.
            if (call.Via is { Kind: SupplierKind.Missing or SupplierKind.NotEmitted }) writer.Line(invocation);
            else writer.Line(needed == 0
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
        writer.Line($"public static readonly string[] Initializers = {Strings(_composition.Initializers.Select(c => c.Name))};");
        writer.Line("/// <summary>The finalizers in the order Shutdown runs them.</summary>");
        writer.Line($"public static readonly string[] Finalizers = {Strings(_composition.Finalizers.Select(c => c.Name))};");
        writer.Close();
    }

    private static string Forwarding(MemberModel member, string target, string? implementedName = null) =>
        $"public static {member.Declaration} => {target}{(target.Length == 0 ? "" : ".")}{CSharpNames.Identifier(implementedName ?? member.Name)}({member.Arguments});";

    /// <summary>A scheduled call: on its instance, or on what supplies another's function.</summary>
    private string Invocation(ScheduledCallModel call) => call.Via switch
    {
        null => $"{_types.Reference(call.Instance)}.{CSharpNames.Identifier(call.Function)}();",
        { Kind: SupplierKind.Missing } => $"// {call.Name}: its function could not be resolved (see the UNIT diagnostics)",
        { Kind: SupplierKind.NotEmitted } => $"// {call.Name}: not called, its supplier has no C# (see UNIT0804)",
        var via => $"{_types.Of(via)}.{CSharpNames.Identifier(call.Function)}();",
    };

    private void WriteInstance(CodeWriter writer, int index)
    {
        var instance = _composition.Instances[index];
        var bound = UnitOf(index);
        var unit = bound.Unit;
        var interfaces = unit.Exports.Where(e => e.NestedType is null).SelectMany(e => e.AllInterfaces).ToList();
        writer.Line($"/// <summary>Instance {instance.InstanceName} of unit {unit.Name}.</summary>");
        switch (bound.Mode)
        {
            case EmissionMode.Copy:
                WriteCopied(writer, instance, bound, interfaces);
                break;
            case EmissionMode.Inline:
                WriteInline(instance, unit);
                break;
            default:
                WriteForwarding(writer, instance, index, bound, interfaces);
                break;
        }
    }

    private void WriteForwarding(CodeWriter writer, InstanceModel instance, int index, BoundUnit bound, List<string> interfaces)
    {
        var unit = bound.Unit;
        var implementation = _types.ClosedImplementation(index);
        var members = new List<string>();
        foreach (var export in unit.Exports.Where(e => e.NestedType is null))
        {
            members.AddRange(export.Members.Select((m, i) => Member(bound, string.Empty, m, implementation, export.ImplementedName(i))));
        }
        foreach (var call in unit.Initializers.Where(c => !c.IsOwned))
        {
            members.Add(bound.Mode == EmissionMode.Forward && bound.HasCall(call.Function)
                ? $"internal static void {CSharpNames.Identifier(call.Function)}() => {implementation}.{CSharpEmitter.CallAccessor(call.Function)}();"
                : $"internal static void {CSharpNames.Identifier(call.Function)}() {{ }}");
        }
        foreach (var export in unit.Exports.Where(e => e.NestedType is not null))
        {
            var nested = new CodeWriter();
            WriteStruct(nested, export.NestedType!, export.AllInterfaces,
                export.Members.Select((m, i) => Member(bound, export.NestedType!, m, $"{implementation}.{export.NestedType}", export.ImplementedName(i))), partialStruct: false);
            members.Add(nested.ToString());
        }
        WriteStruct(writer, instance.TypeName, interfaces, members, partialStruct: false);
    }

    /// <summary>A forwarding member, or a throwing one when the implementation lacks it.</summary>
    private static string Member(BoundUnit bound, string container, MemberModel member, string target, string implementedName) =>
        bound.Mode == EmissionMode.Forward && !bound.IsMissing(container, member.Name)
            ? Forwarding(member, target, implementedName)
            : $"public static {member.Declaration} => throw new global::System.InvalidOperationException({CSharpNames.Literal($"Unit '{bound.Unit.Name}' has no C# implementation of '{member.Name}'; see the UNIT diagnostics of the build.")});";

    private void WriteUnion(CodeWriter writer, UnionModel union)
    {
        writer.Line("/// <summary>Members gathered from several suppliers (a bundle union).</summary>");
        WriteStruct(writer, union.TypeName, union.Interface is null ? Array.Empty<string>() : new[] { union.Interface },
            union.Members.Select(m => Forwarding(m.Member, _types.Of(m.Supplier), m.SupplierMember)), partialStruct: false);
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
                writer.Line(Invocation(call));
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
        foreach (var call in _composition.Finalizers) writer.Line(Invocation(call));
        writer.Line("s_initialized = false;");
        writer.Close().Close();
    }
}
