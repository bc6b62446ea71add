using System.Text;

namespace Units.Benchmarks.Router;

/// <summary>
/// Writes the router's generated variants for each size: the Units composition (.unit), the
/// hand-written monolith (plain and AggressiveInlining), the generic-struct type and the Pure.DI
/// setup. `-- write-router Router/Generated` rewrites them; they are committed, so the benchmark
/// project compiles them like hand-written code.
/// </summary>
public static class RouterSource
{
    public static readonly int[] Sizes = [10, 20, 40, 80];

    /// <summary>The sizes with a per-request and a start-up measurement.</summary>
    public const int RequestSize = 40;

    public static IEnumerable<(string File, string Text)> All()
    {
        foreach (var n in Sizes)
        {
            yield return ($"router{n}.unit", Unit(n, $"Router{n}", flatten: true));
            yield return ($"unflatrouter{n}.unit", Unit(n, $"UnflatRouter{n}", flatten: false));
            yield return ($"librouter{n}.unit", LibraryUnit(n));
            yield return ($"RouterHand{n}.cs", Monolith(n, "RouterHand", inline: false));
            yield return ($"RouterLimit{n}.cs", Monolith(n, "RouterLimit", inline: true));
            yield return ($"RouterGeneric{n}.cs", Generic(n));
            yield return ($"RouterPureDi{n}.cs", PureDi(n, $"RouterPureDi{n}", singleton: true));
            if (n == RequestSize) yield return ($"RouterPureDiRequest{n}.cs", PureDi(n, $"RouterPureDiRequest{n}", singleton: false));
        }
        yield return ("RouterBenchmarks.g.cs", Benchmarks());
        yield return ("RouterVariants.g.cs", Variants());
    }

    /// <summary>Every variant's name, in the order the results list them.</summary>
    public static readonly string[] VariantNames = ["Limit", "Hand", "Units", "Unflat", "Library", "Generic", "Objects", "Medi", "Autofac", "PureDi"];

    /// <summary>One benchmark per variant and size: one packet per invocation, results consumed.</summary>
    public static string Benchmarks()
    {
        var text = new StringBuilder($"{Header}using BenchmarkDotNet.Attributes;\n\nnamespace Units.Benchmarks.Router;\n\npublic partial class RouterBenchmarks\n{{\n");
        foreach (var n in Sizes)
        {
            foreach (var variant in VariantNames)
            {
                var call = variant switch
                {
                    "Limit" => $"RouterLimit{n}.Push(ref p)",
                    "Hand" => $"RouterHand{n}.Push(ref p)",
                    "Units" => $"Router{n}.Input.Push(ref p)",
                    "Unflat" => $"UnflatRouter{n}.Input.Push(ref p)",
                    "Library" => $"LibRouter{n}.Input.Push(ref p)",
                    "Generic" => $"RouterGeneric{n}.Push(ref p)",
                    _ => $"_{variant.ToLowerInvariant()}{n}.Push(ref p)",
                };
                var baseline = variant == "Limit" ? "Baseline = true" : "";
                text.Append($"    [Benchmark({baseline})]\n    [BenchmarkCategory(\"{n}\")]\n    public int {variant}{n}()\n    {{\n        var p = _packets[_next++ & 15];\n        return {call};\n    }}\n\n");
            }
        }
        foreach (var n in Sizes)
        {
            foreach (var variant in new[] { "Objects", "Medi", "Autofac", "PureDi" })
            {
                text.Append($"    private readonly IElement _{variant.ToLowerInvariant()}{n} = RouterVariants.{variant}({n});\n");
            }
        }
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Each variant as a function of the size (for the agreement check and the object-wired variants).</summary>
    public static string Variants()
    {
        var text = new StringBuilder($"{Header}namespace Units.Benchmarks.Router;\n\npublic static partial class RouterVariants\n{{\n");
        text.Append("    /// <summary>The statically linked variants of size n, as one call.</summary>\n");
        text.Append("    public delegate int PushFunction(ref Packet p);\n\n");
        text.Append("    public static PushFunction Static(string variant, int n) => (variant, n) switch\n    {\n");
        foreach (var n in Sizes)
        {
            text.Append($"        (\"Limit\", {n}) => RouterLimit{n}.Push,\n");
            text.Append($"        (\"Hand\", {n}) => RouterHand{n}.Push,\n");
            text.Append($"        (\"Units\", {n}) => Router{n}.Input.Push,\n");
            text.Append($"        (\"Unflat\", {n}) => UnflatRouter{n}.Input.Push,\n");
            text.Append($"        (\"Library\", {n}) => LibRouter{n}.Input.Push,\n");
            text.Append($"        (\"Generic\", {n}) => RouterGeneric{n}.Push,\n");
        }
        text.Append("        _ => throw new ArgumentException($\"no static variant {variant} of size {n}\"),\n    };\n\n");
        text.Append("    public static IElement PureDi(int n) => n switch\n    {\n");
        foreach (var n in Sizes) text.Append($"        {n} => new RouterPureDi{n}().Input,\n");
        text.Append("        _ => throw new ArgumentException($\"no Pure.DI router of size {n}\"),\n    };\n}\n");
        return text.ToString();
    }

    private static int Kind(int i, int n) => i == n - 1 ? -1 : i % 6;

    /// <summary>The router as a Units composition; <paramref name="flatten"/>: marked flatten (the Units variant), or not (Unflat).</summary>
    public static string Unit(int n, string name, bool flatten)
    {
        var text = new StringBuilder();
        text.Append("// Generated by `dotnet run -c Release --project tests/Units.Benchmarks -- write-router tests/Units.Benchmarks/Router/Generated`.\n");
        text.Append("include \"../elements.unit\"\nnamespace Units.Benchmarks.Router;\n\n");
        text.Append($"/*# A router of {n} elements: the six kinds in turn, then the sink{(flatten ? ", flattened" : "")}. #*/\n");
        text.Append($"unit {name} = {{\n  exports[ input : Element_T ];\n  link{{\n");
        for (var i = 0; i < n; i++)
        {
            var self = i == 0 ? "input" : $"e{i}";
            var kind = Kind(i, n);
            text.Append(kind < 0 ? $"    [{self}] <- sink <- [];\n" : $"    [{self}] <- {ElementLogic.Kinds[kind]} <- [e{i + 1}];\n");
        }
        text.Append(flatten ? "  }\n  flatten;\n}\n" : "  }\n}\n");
        return text.ToString();
    }

    /// <summary>The same flattened router with its elements from the unit library Units.Benchmarks.Library (copied from the code the library ships).</summary>
    public static string LibraryUnit(int n)
    {
        var text = new StringBuilder();
        text.Append("// Generated by `dotnet run -c Release --project tests/Units.Benchmarks -- write-router tests/Units.Benchmarks/Router/Generated`.\n");
        text.Append("include \"Units.Benchmarks.Library:Router/router-elements.unit\"\nnamespace Units.Benchmarks.Router;\n\n");
        text.Append($"/*# The router of {n} elements, its elements from a unit library in another assembly. #*/\n");
        text.Append($"unit LibRouter{n} = {{\n  exports[ input : LibElement_T ];\n  link{{\n");
        for (var i = 0; i < n; i++)
        {
            var self = i == 0 ? "input" : $"e{i}";
            var kind = Kind(i, n);
            text.Append(kind < 0 ? $"    [{self}] <- lib_sink <- [];\n" : $"    [{self}] <- lib_{ElementLogic.Kinds[kind]} <- [e{i + 1}];\n");
        }
        text.Append("  }\n  flatten;\n}\n");
        return text.ToString();
    }

    private static string Header => "// <auto-generated> by `-- write-router` (Router/RouterSource.cs) </auto-generated>\n";

    public static string Monolith(int n, string name, bool inline)
    {
        var fields = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            switch (Kind(i, n))
            {
                case 0:
                    fields.Append($"    private static long s{i}_packets, s{i}_bytes;\n");
                    body.Append($"        s{i}_packets++;\n        s{i}_bytes += p.Length;\n");
                    break;
                case 1:
                    fields.Append($"    private static long s{i}_dropped;\n");
                    body.Append($"        if (p.Ttl <= 1)\n        {{\n            s{i}_dropped++;\n            return -1;\n        }}\n        p.Ttl--;\n");
                    break;
                case 2:
                    fields.Append($"    private static long s{i}_updated;\n");
                    body.Append($"        s{i}_updated++;\n        p.Checksum = ElementLogic.ChecksumAfterTtl(p.Checksum);\n");
                    break;
                case 3:
                    fields.Append($"    private static long s{i}_tcp, s{i}_udp, s{i}_other;\n");
                    body.Append($"        if (p.Proto == 6) {{ s{i}_tcp++; p.Priority = 1; }}\n        else if (p.Proto == 17) {{ s{i}_udp++; p.Priority = 2; }}\n        else {{ s{i}_other++; p.Priority = 0; }}\n");
                    break;
                case 4:
                    fields.Append($"    private static long s{i}_tokens = ElementLogic.BucketCapacity, s{i}_dropped;\n");
                    body.Append($"        s{i}_tokens = Math.Min(s{i}_tokens + ElementLogic.BucketRefill, ElementLogic.BucketCapacity);\n        if (s{i}_tokens < p.Length)\n        {{\n            s{i}_dropped++;\n            return -2;\n        }}\n        s{i}_tokens -= p.Length;\n");
                    break;
                case 5:
                    fields.Append($"    private static long s{i}_rewrites;\n");
                    body.Append($"        p.Dst = (p.Dst & 0xFFFFFF00u) | (uint)(s{i}_rewrites++ & 0xFF);\n");
                    break;
                default:
                    fields.Append($"    private static long s{i}_received;\n");
                    body.Append($"        s{i}_received++;\n        return ElementLogic.Verdict(ref p);\n");
                    break;
            }
        }
        var attribute = inline ? "    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]\n" : "";
        var what = inline ? "marked AggressiveInlining, so it is inlined into its caller: the limit" : "as one method";
        return $"{Header}namespace Units.Benchmarks.Router;\n\n/// <summary>The router of {n} elements written by hand {what}.</summary>\npublic static class {name}{n}\n{{\n{fields}\n{attribute}    public static int Push(ref Packet p)\n    {{\n{body}    }}\n}}\n";
    }

    public static string Generic(int n)
    {
        var names = new[] { "GCounter", "GTtlDecrement", "GChecksumUpdate", "GClassifier", "GTokenBucket", "GAddressRewrite" };
        var type = "GSink";
        for (var i = n - 2; i >= 0; i--) type = $"{names[i % 6]}<{type}>";
        return $"{Header}namespace Units.Benchmarks.Router;\n\n/// <summary>The router of {n} elements as hand-written generic structs, the closed type spelled out.</summary>\npublic static class RouterGeneric{n}\n{{\n    public static int Push(ref Packet p) => {type}.Push(ref p);\n}}\n";
    }

    public static string PureDi(int n, string name, bool singleton)
    {
        var classes = new[] { "CounterElement", "TtlDecrementElement", "ChecksumUpdateElement", "ClassifierElement", "TokenBucketElement", "AddressRewriteElement" };
        var text = new StringBuilder();
        text.Append($"{Header}using Pure.DI;\n\nnamespace Units.Benchmarks.Router;\n\n");
        text.Append($"/// <summary>The router of {n} elements composed by Pure.DI ({(singleton ? "singletons" : "a new graph per resolve")}).</summary>\n");
        text.Append($"public partial class {name}\n{{\n    private static void Setup() => DI.Setup(nameof({name}))\n");
        var lifetime = singleton ? ".As(Lifetime.Singleton)" : "";
        for (var i = 0; i < n; i++)
        {
            var kind = Kind(i, n);
            text.Append(kind < 0
                ? $"        .Bind<IElement>({i}){lifetime}.To(_ => (IElement)new SinkElement())\n"
                : $"        .Bind<IElement>({i}){lifetime}.To(ctx => {{ ctx.Inject<IElement>({i + 1}, out var next); return (IElement)new {classes[kind]}(next); }})\n");
        }
        text.Append("        .Root<IElement>(\"Input\", 0);\n}\n");
        return text.ToString();
    }
}
