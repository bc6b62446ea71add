using Units.Compiler.Binding;
using Units.Compiler.Constraints;
using Units.Compiler.Diagnostics;
using Units.Compiler.Flattening;
using Units.Compiler.Loading;
using Units.Compiler.Scheduling;

namespace Units.Compiler;

/// <summary>
/// The compiler pipeline over one set of unit files: load (includes, variables), parse, bind,
/// find recursive compounds, then flatten and check the chosen roots. Every front end (CLI,
/// MSBuild task, generator) goes through this class; none repeats a phase.
/// </summary>
public sealed class UnitCompilation
{
    private UnitCompilation(SourceSet sources, BoundProgram program, HashSet<UnitSymbol> recursive, DesignRules rules, EquatableArray<Diagnostic> programDiagnostics,
        UnitLibraries libraries)
    {
        Libraries = libraries;
        Sources = sources;
        Program = program;
        RecursiveUnits = recursive;
        Rules = rules;
        _programDiagnostics = programDiagnostics;
    }

    private readonly EquatableArray<Diagnostic> _programDiagnostics;

    public SourceSet Sources { get; }

    /// <summary>The unit libraries the files may include; their compounds are not this project's roots.</summary>
    public UnitLibraries Libraries { get; }

    /// <summary>The library a declaration comes from, or null for this project's own.</summary>
    public UnitLibrary? LibraryOf(Text.SourceLocation location) => location.IsNone ? null : Libraries.Owner(location.Path);

    public BoundProgram Program { get; }

    /// <summary>Compound units that contain themselves; they are reported and never expanded.</summary>
    public ISet<UnitSymbol> RecursiveUnits { get; }

    /// <summary>The type order and every unit's constraints, checked and normalised.</summary>
    public DesignRules Rules { get; }

    public static UnitCompilation Create(IEnumerable<string> paths, ISourceProvider provider, Variables variables) =>
        Create(paths, provider, variables, LoadingPolicy.Unrestricted);

    /// <summary>Loads, binds and checks the declarations of the named files, opening only what <paramref name="policy"/> allows.</summary>
    public static UnitCompilation Create(IEnumerable<string> paths, ISourceProvider provider, Variables variables, LoadingPolicy policy)
    {
        var sources = SourceLoader.Load(paths, provider, variables, policy);
        var program = Binder.Bind(sources.Trees, variables);
        var diagnostics = new DiagnosticBag();
        var recursive = RecursionCheck.Run(program.Units, diagnostics);
        var rules = DesignRules.Build(program, diagnostics);
        ScheduleDeclarations.Check(program, diagnostics);
        return new UnitCompilation(sources, program, recursive, rules, diagnostics.ToArray(), policy.Libraries);
    }

    /// <summary>The diagnostics that do not depend on a root: syntax, loading, binding, recursion, rule declarations.</summary>
    public IEnumerable<Diagnostic> DeclarationDiagnostics =>
        MissingFileCascade.Apply(Sources.Diagnostics.Concat(Program.Diagnostics).Concat(_programDiagnostics).Where(IsOwnConcern).ToList(), Sources);

    /// <summary>
    /// A library's warnings were the library's to fix when it was built: a project that uses it
    /// sees only errors in its files (a library file can still fail here, e.g. on a variable).
    /// </summary>
    private bool IsOwnConcern(Diagnostic diagnostic) => diagnostic.IsError || LibraryOf(diagnostic.Location) is null;

    /// <summary>
    /// The roots to check: the named unit, or every compound that no other compound uses
    /// (in declaration order).
    /// </summary>
    public IReadOnlyList<UnitSymbol> FindRoots(string? rootName, DiagnosticBag diagnostics)
    {
        if (rootName is not null)
        {
            var unit = Program.FindUnit(rootName);
            if (unit is not null) return new[] { unit };
            diagnostics.Add(DiagnosticDescriptors.UnknownRoot, Text.SourceLocation.None, Display.Name(rootName),
                Display.DidYouMean(rootName, Program.Units.Select(u => u.Name)));
            return Array.Empty<UnitSymbol>();
        }
        var used = new HashSet<UnitSymbol>(Program.Units.OfType<CompoundUnitSymbol>().SelectMany(c => c.Instances).Select(i => i.Unit));
        return Program.Units.Where(u => u.IsCompound && !used.Contains(u) && LibraryOf(u.Location) is null).ToList();
    }

    /// <summary>Flattens one root (nothing for a unit that contains itself).</summary>
    public FlatComposition Flatten(UnitSymbol root) => Flattener.Flatten(root, RecursiveUnits);

    /// <summary>
    /// Runs every check for the chosen roots and returns all diagnostics, sorted and without
    /// repeats. With a root named, only what the root uses is checked (syntax and loading always).
    /// </summary>
    public CheckResult Check(string? rootName = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(DeclarationDiagnostics);
        var roots = FindRoots(rootName, diagnostics);
        var compositions = new List<CheckedComposition>();
        var violations = new ViolationLog();
        var cycles = new CycleLog();
        foreach (var root in roots)
        {
            if (RecursiveUnits.Contains(root)) continue;
            var checkedComposition = CheckComposition(Flatten(root), violations, cycles);
            compositions.Add(checkedComposition);
            diagnostics.AddRange(checkedComposition.Flat.Diagnostics);
            diagnostics.AddRange(checkedComposition.Rules.Diagnostics);
        }
        diagnostics.AddRange(violations.Diagnostics);
        diagnostics.AddRange(cycles.Diagnostics);
        IReadOnlyList<Diagnostic> found = diagnostics.ToArray();
        // A named root is checked as Knit elaborated it: what it uses, not every unit of the files.
        if (rootName is not null && roots.Count == 1) found = RootScope.Filter(found, roots[0], Program);
        return new CheckResult(roots, compositions, DiagnosticOrder.Sort(found, Sources.Trees.Select(t => t.Path)));
    }

    internal CheckedComposition CheckComposition(FlatComposition flat, ViolationLog violations, CycleLog cycles) =>
        new(flat, ConstraintChecker.Check(flat, Rules, violations), Scheduler.Run(flat, cycles));

    /// <summary>
    /// Every compound unit flattened and scheduled, for emission: each compound gets its own C#,
    /// whether or not it is a root. The roots <paramref name="check"/> already checked are reused;
    /// the others are flattened and scheduled only (their rules were checked as part of a root,
    /// and emission needs no property values). Diagnostics come from <see cref="Check"/>.
    /// </summary>
    public IReadOnlyList<ComposedUnit> ComposeEveryCompound(CheckResult check) => ComposeEveryCompound(check, out _);

    /// <summary>How many instances (atomic and compound) the compounds that are not roots may flatten to in all, for their own C#.</summary>
    public const int NonRootEmissionBudget = 100_000;

    /// <summary>How many characters of instance names those compounds may have in all (emission writes each name).</summary>
    public const long NonRootNameBudget = 16_000_000;

    /// <summary>How many characters of instance names one composition may have to be emitted at all.</summary>
    public const long MaxEmittedNameCharacters = 64_000_000;

    /// <summary>
    /// Compounds that are not roots share one budget of flattened instances and one of instance-name
    /// characters: a compound used by others is flattened again for its own C#, so a 100,000-deep
    /// chain would flatten to 5e9. The ones that do not fit are left out (<paramref name="notComposed"/>),
    /// in declaration order. Roots whose names alone exceed <see cref="MaxEmittedNameCharacters"/> are
    /// left out too (<paramref name="tooLarge"/>): their C# could not be written.
    /// </summary>
    public IReadOnlyList<ComposedUnit> ComposeEveryCompound(CheckResult check, out IReadOnlyList<CompoundUnitSymbol> notComposed) =>
        ComposeEveryCompound(check, out notComposed, out _);

    /// <param name="referencedNames">
    /// When given (the source generator: the compound names the project's C# uses), a compound that
    /// another compound instantiates is composed for C# of its own only when it is named here: its
    /// instances are already in the C# of every root that uses it, so emitting it again would only
    /// repeat them. Null: every compound (the CLI, which sees no C#).
    /// </param>
    public IReadOnlyList<ComposedUnit> ComposeEveryCompound(CheckResult check, out IReadOnlyList<CompoundUnitSymbol> notComposed,
        out IReadOnlyList<(CompoundUnitSymbol Root, long Characters)> tooLarge, ISet<string>? referencedNames = null)
    {
        var used = referencedNames is null ? null
            : new HashSet<UnitSymbol>(Program.Units.OfType<CompoundUnitSymbol>().SelectMany(c => c.Instances).Select(i => i.Unit));
        var refused = new List<(CompoundUnitSymbol, long)>();
        var checkedRoots = new Dictionary<UnitSymbol, CheckedComposition>();
        foreach (var composition in check.Compositions) checkedRoots[composition.Root] = composition;
        var result = new List<ComposedUnit>();
        var skipped = new List<CompoundUnitSymbol>();
        var sizes = new CompositionSize(RecursiveUnits);
        long budget = NonRootEmissionBudget, names = NonRootNameBudget;
        foreach (var compound in Program.Units.OfType<CompoundUnitSymbol>())
        {
            // A library's compounds are emitted in the library's assembly.
            if (RecursiveUnits.Contains(compound) || LibraryOf(compound.Location) is not null) continue;
            if (checkedRoots.TryGetValue(compound, out var root))
            {
                var rootNames = sizes.NameCharacters(compound);
                if (rootNames > MaxEmittedNameCharacters) refused.Add((compound, rootNames));
                else result.Add(new ComposedUnit(root.Flat, root.Schedule));
                continue;
            }
            if (used is not null && used.Contains(compound) && !referencedNames!.Contains(compound.Name)) continue;
            var size = sizes.Of(compound);
            var characters = size > budget ? 0 : sizes.NameCharacters(compound);
            if (size > budget || characters > names)
            {
                skipped.Add(compound);
                continue;
            }
            budget -= size;
            names -= characters;
            var flat = Flatten(compound);
            result.Add(new ComposedUnit(flat, Scheduler.Run(flat, new CycleLog())));
        }
        notComposed = skipped;
        tooLarge = refused;
        return result;
    }
}

/// <summary>A compound unit flattened into its instances, and its initializer schedule: what emission needs.</summary>
public sealed record ComposedUnit(FlatComposition Flat, Schedule Schedule)
{
    public UnitSymbol Root => Flat.Root;
}

/// <summary>One root after every check: its instances, its solved rules and its schedule.</summary>
public sealed record CheckedComposition(FlatComposition Flat, RuleCheck Rules, Schedule Schedule)
{
    public UnitSymbol Root => Flat.Root;

    public IReadOnlyList<FlatInstance> Instances => Flat.Instances;
}

/// <summary>What <see cref="UnitCompilation.Check"/> found.</summary>
public sealed record CheckResult(IReadOnlyList<UnitSymbol> Roots, IReadOnlyList<CheckedComposition> Compositions, EquatableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
