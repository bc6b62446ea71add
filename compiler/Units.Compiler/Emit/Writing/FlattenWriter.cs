using System.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// Writes the members of a flattened composition's exports: each one method, AggressiveInlining
/// (the JIT then inlines the whole path into its caller, as it does a hand-written monolith), whose
/// body is the supplier's with every merged tail call replaced by a block holding the callee's
/// body. Each merged body's locals are suffixed with its level (<c>p__3</c>), so no two share a
/// name; a parameter bound to its caller's variable is that variable.
/// </summary>
internal static class FlattenWriter
{
    public static string Write(FlattenedFile file)
    {
        var text = new StringBuilder();
        text.Append(CSharpEmitter.Header);
        CopyWriter.OpenFacade(text, file.Facade, file.Usings);
        foreach (var export in file.Exports)
        {
            text.Append("        partial struct ").Append(export.TypeName).Append("\n        {\n");
            foreach (var member in export.Members) WriteMember(text, member);
            text.Append("        }\n");
        }
        CopyWriter.CloseFacade(text);
        return text.ToString();
    }

    private static void WriteMember(StringBuilder text, FlattenedMember member)
    {
        var signature = member.Member.Declaration;
        if (member.Body is null)
        {
            text.Append("            public static ").Append(signature).Append(" => ").Append(member.ForwardTo).Append('.')
                .Append(CSharpNames.Identifier(member.Member.Name)).Append('(').Append(member.Member.Arguments).Append(");\n");
            return;
        }
        text.Append("            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]\n");
        // A body from unsafe code keeps its context: the merged method is unsafe too.
        text.Append(IsUnsafe(member.Body) ? "            public static unsafe " : "            public static ").Append(signature).Append("\n            {\n");
        text.Append("#pragma warning disable\n");
        var names = member.Member.Parameters.Select(p => CSharpNames.Identifier(p.Name)).ToArray();
        text.Append(member.Body.NullableAnnotations ? "#nullable enable annotations\n" : "#nullable disable annotations\n");
        WriteBody(text, member.Body, names);
        text.Append("\n#pragma warning restore\n#nullable enable\n            }\n");
    }

    private static bool IsUnsafe(MergedBody body) => body.Method.IsUnsafe || body.Calls.Any(c => c.Callee is { } callee && IsUnsafe(callee));

    /// <summary>One merged body: its statements, with its holes filled for its owner, its level and its parameters' names.</summary>
    private static void WriteBody(StringBuilder text, MergedBody body, IReadOnlyList<string> parameters)
    {
        var names = new Dictionary<int, string>();
        for (var i = 0; i < parameters.Count; i++) names[i] = parameters[i];
        foreach (var segment in body.Method.Body)
        {
            if (segment.Kind == TemplateSegmentKind.TailCall) WriteTailCall(text, body, segment.Index, names);
            else text.Append(Fill(segment, body, names));
        }
    }

    private static void WriteTailCall(StringBuilder text, MergedBody caller, int index, Dictionary<int, string> names)
    {
        var call = caller.Method.TailCalls[index];
        var merged = caller.Calls[index];
        if (merged.Callee is not { } callee)
        {
            text.Append(call.Returns ? "return " : string.Empty)
                .Append(caller.Owner.TypeArguments[call.TypeParameter]).Append('.').Append(call.Member).Append('(')
                .Append(string.Join(", ", call.Arguments.Select(a => a.Passing + Render(a.Expression, caller, names))))
                .Append(");");
            return;
        }
        text.Append("{\n");
        var parameters = new string[call.Arguments.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            var binding = merged.Bindings[i];
            if (binding.CallerLocal >= 0)
            {
                parameters[i] = names[binding.CallerLocal];
                continue;
            }
            // Declared in argument order, so the arguments are evaluated as the call evaluated them.
            var parameter = callee.Method.Parameters[i];
            var argument = call.Arguments[i];
            parameters[i] = parameter.Name + "__" + callee.Level;
            var type = CopyWriter.Render(parameter.Type, callee.Owner);
            var value = Render(argument.Expression, caller, names);
            text.Append(argument.Passing switch
            {
                "ref " or "out " => $"ref {type} {parameters[i]} = ref {value};\n",
                "in " => $"ref readonly {type} {parameters[i]} = ref {value};\n",
                _ => $"{type} {parameters[i]} = {value};\n",
            });
        }
        // Each body in its own part's nullable context (it changes what '?' means on a type).
        var switches = callee.NullableAnnotations != caller.NullableAnnotations;
        if (switches) text.Append(callee.NullableAnnotations ? "\n#nullable enable annotations\n" : "\n#nullable disable annotations\n");
        WriteBody(text, callee, parameters);
        if (switches) text.Append(caller.NullableAnnotations ? "\n#nullable enable annotations\n" : "\n#nullable disable annotations\n");
        text.Append("\n}");
    }

    private static string Render(EquatableArray<TemplateSegment> segments, MergedBody body, Dictionary<int, string> names)
    {
        var text = new StringBuilder();
        foreach (var segment in segments) text.Append(Fill(segment, body, names));
        return text.ToString();
    }

    private static string Fill(TemplateSegment segment, MergedBody body, Dictionary<int, string> names) => segment.Kind switch
    {
        TemplateSegmentKind.TypeParameter => body.Owner.TypeArguments[segment.Index],
        TemplateSegmentKind.SelfName => body.Owner.TypeName,
        TemplateSegmentKind.ClosedSelf => body.Owner.ClosedImplementation,
        TemplateSegmentKind.OwnQualifier => body.Owner.TypeName + ".",
        TemplateSegmentKind.Local => names.TryGetValue(segment.Index, out var name) ? name : names[segment.Index] = segment.Text + "__" + body.Level,
        _ => segment.Text,
    };
}
