using Units.Compiler.Diagnostics;

namespace Units.Compiler.Emit;

public sealed partial class ImplementationBinder
{
    /// <summary>
    /// How many bodies one flattened member may merge. The JIT inlines the merged method whole into
    /// its caller (it is marked AggressiveInlining), so a path far longer than any hot path would be
    /// compiled into every caller: past this many, the rest of the path is called.
    /// </summary>
    internal const int MaxMergedBodies = 256;

    /// <summary>
    /// A composition marked <c>flatten</c>: for each member of each export an instance supplies, the
    /// supplier's method with the bodies along its call path merged in. A tail call through an
    /// import (<c>return TNext.Push(ref p);</c>) is replaced by the callee's body when the callee is
    /// a copy (its code is here), has a template, returns the same type and is not already on the
    /// path (recursion); otherwise it stays a call. What stayed a call for a reason the user can act
    /// on is reported once per composition (UNIT0821).
    /// </summary>
    private FlattenedFile? Flattened(CompositionFile file, HintNames hints)
    {
        var composition = file.Composition;
        if (!composition.Flatten || composition.HasErrors || !HasCSharp) return null;
        var flattener = new PathMerger(file, _copySources);
        var exports = new List<FlattenedExport>();
        foreach (var export in composition.Exports)
        {
            if (export.Supplier.Kind != SupplierKind.Instance) continue;
            var target = flattener.Types.Of(export.Supplier);
            var members = export.Members.Select(m =>
            {
                var body = flattener.Merge(export.Supplier.Target, export.Supplier.Port, m.Name, m.Parameters.Count);
                if (body is null) flattener.Note($"export '{export.Name}': {flattener.WhyNotMerged(export.Supplier.Target, export.Supplier.Port, m.Name)}");
                return new FlattenedMember(m, target, body);
            }).ToEquatableArray();
            exports.Add(new FlattenedExport(export.TypeName, members));
        }
        if (flattener.Unmerged is { } unmerged)
        {
            _diagnostics.Add(DiagnosticDescriptors.FlattenIncomplete, composition.Location, composition.Name, flattener.UnmergedCount, unmerged);
        }
        var facade = new FacadeScope(composition.Namespace, CSharpNames.Identifier(composition.Name), composition.TypeParameterList);
        var usings = file.Units.Where(u => _copySources.ContainsKey(u.Unit.Name))
            .SelectMany(u => _copySources[u.Unit.Name].Parts.SelectMany(p => p.Usings))
            .Distinct(StringComparer.Ordinal).OrderBy(u => u, StringComparer.Ordinal).ToEquatableArray();
        return new FlattenedFile(hints.Take("Flattened", composition.Namespace, composition.Name), facade, usings, exports.ToEquatableArray());
    }

    /// <summary>Merges the bodies along the call paths of one composition.</summary>
    private sealed class PathMerger
    {
        private readonly CompositionFile _file;
        private readonly IReadOnlyDictionary<string, ImplementationInfo> _sources;
        private readonly List<(int Instance, string Method)> _path = new();
        private int _level;

        public PathMerger(CompositionFile file, IReadOnlyDictionary<string, ImplementationInfo> sources)
        {
            _file = file;
            _sources = sources;
            Types = new InstanceTypes(file.Composition, file.UnitOf);
        }

        public InstanceTypes Types { get; }

        /// <summary>The first call left unmerged for a reason worth reporting, or null.</summary>
        public string? Unmerged { get; private set; }

        public int UnmergedCount { get; private set; }

        /// <summary>The merged body of member <paramref name="member"/> of export <paramref name="port"/> of an instance, or null (it is called).</summary>
        public MergedBody? Merge(int instance, string port, string member, int arguments)
        {
            _level = 0;
            return Body(instance, port, member, arguments);
        }

        /// <summary>The implementation's name for member <paramref name="member"/> of an instance's export (a rename may differ), or null (no such top-level export member).</summary>
        private string? ImplementedName(int index, string port, string member)
        {
            var export = _file.UnitOf(_file.Composition.Instances[index]).Unit.Exports.FirstOrDefault(e => e.Name == port);
            if (export is null || export.NestedType is not null) return null;
            var position = export.Members.ToList().FindIndex(m => m.Name == member);
            return position < 0 ? null : export.ImplementedName(position);
        }

        /// <summary>The one method template of that name and arity in the instance's copied implementation, with its part; null when there is none.</summary>
        private (MethodTemplate Method, CopyTemplate Part)? Template(int index, string? name, int arguments)
        {
            var bound = _file.UnitOf(_file.Composition.Instances[index]);
            if (name is null || bound.Mode != EmissionMode.Copy || !_sources.TryGetValue(bound.Unit.Name, out var source)) return null;
            var candidates = source.Parts.SelectMany(p => p.Methods.Select(m => (Method: m, Part: p)))
                .Where(x => x.Method.Name == name && x.Method.Parameters.Count == arguments).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        /// <summary>Why member <paramref name="member"/> of an instance's export has no body to merge, for UNIT0821.</summary>
        public string WhyNotMerged(int index, string port, string member)
        {
            var instance = _file.Composition.Instances[index];
            var bound = _file.UnitOf(instance);
            if (bound.Mode != EmissionMode.Copy) return $"'{instance.TypeName}' is not a copy of C# code here ({bound.Mode.ToString().ToLowerInvariant()})";
            var name = ImplementedName(index, port, member) ?? member;
            var why = _sources.TryGetValue(bound.Unit.Name, out var source) ? source.Parts.SelectMany(p => p.Unmerged).FirstOrDefault(u => u.Name == name)?.Reason : null;
            return $"'{instance.TypeName}.{name}' cannot be merged: {why ?? "no method of that name and arity has a body to merge"}";
        }

        /// <summary>The body, with its tail calls merged as far as they can be; the caller has checked the path and the budget.</summary>
        private MergedBody? Body(int index, string port, string member, int arguments)
        {
            var name = ImplementedName(index, port, member);
            if (Template(index, name, arguments) is not { } template) return null;
            var (method, part) = template;
            var instance = _file.Composition.Instances[index];
            var owner = new CopiedInstance(instance.TypeName, Types.Arguments(index), Types.ClosedImplementation(index));
            var body = new MergedBody(owner, method, _level++, EquatableArray<MergedCall>.Empty) { NullableAnnotations = part.NullableAnnotations };
            _path.Add((index, name!));
            var calls = method.TailCalls.Select(call => Call(body, instance, call)).ToEquatableArray();
            _path.RemoveAt(_path.Count - 1);
            return body with { Calls = calls };
        }

        private MergedCall Call(MergedBody caller, InstanceModel instance, TailCallTemplate call)
        {
            var stays = new MergedCall(null, EquatableArray<ParameterBinding>.Empty);
            if (call.TypeParameter < 1 || call.TypeParameter > instance.Imports.Count) return stays;
            var supplier = instance.Imports[call.TypeParameter - 1];
            var through = $"'{instance.TypeName}.{caller.Method.Name}' calling '{call.Member}' of import {call.TypeParameter}";
            if (supplier.Kind != SupplierKind.Instance)
            {
                Note($"{through}: its supplier is {(supplier.Kind == SupplierKind.CompoundImport ? "an import of the composition" : "several exports gathered in a union")}");
                return stays;
            }
            var target = _file.Composition.Instances[supplier.Target];
            var targetName = ImplementedName(supplier.Target, supplier.Port, call.Member) ?? call.Member;
            if (_path.Contains((supplier.Target, targetName)))
            {
                Note($"{through}: it is recursive (the path reaches '{target.TypeName}.{targetName}' again)");
                return stays;
            }
            if (_level >= MaxMergedBodies)
            {
                Note($"{through}: the merged method has {MaxMergedBodies} bodies already");
                return stays;
            }
            var callee = Body(supplier.Target, supplier.Port, call.Member, call.Arguments.Count);
            if (callee is null)
            {
                Note($"{through}: {WhyNotMerged(supplier.Target, supplier.Port, call.Member)}");
                return stays;
            }
            if (!SameType(caller, callee, call))
            {
                Note($"{through}: '{target.TypeName}.{targetName}' returns another type");
                return stays;
            }
            return new MergedCall(callee, Bindings(call, callee.Method));
        }

        /// <summary>The callee returns what the caller's return returns (or both are void): its returns can stand for the caller's.</summary>
        private static bool SameType(MergedBody caller, MergedBody callee, TailCallTemplate call) =>
            call.Returns
                ? !callee.Method.ReturnsVoid && CopyWriter.Render(caller.Method.ReturnType, caller.Owner) == CopyWriter.Render(callee.Method.ReturnType, callee.Owner)
                : callee.Method.ReturnsVoid;

        /// <summary>
        /// A parameter is its caller's variable when the argument is a plain variable passed the same
        /// way: by ref, in or out it is the same storage whatever else is evaluated; by value only
        /// when every argument is a distinct plain variable (nothing evaluated, so no order to keep)
        /// and the callee never assigns the parameter. Otherwise it is a new local initialized from
        /// the argument, in argument order.
        /// </summary>
        private static EquatableArray<ParameterBinding> Bindings(TailCallTemplate call, MethodTemplate callee)
        {
            var locals = call.Arguments.Where(a => a.Local >= 0).Select(a => a.Local).ToList();
            var plain = locals.Count == call.Arguments.Count && locals.Distinct().Count() == locals.Count;
            return call.Arguments.Select((argument, i) =>
            {
                var parameter = callee.Parameters[i];
                var once = argument.Local >= 0 && locals.Count(l => l == argument.Local) == 1;
                var shared = argument.Passing == parameter.Passing && once &&
                             (parameter.Passing.Length > 0 || (plain && !parameter.IsWritten));
                return new ParameterBinding(shared ? argument.Local : -1);
            }).ToEquatableArray();
        }

        public void Note(string reason)
        {
            UnmergedCount++;
            Unmerged ??= reason;
        }
    }
}
