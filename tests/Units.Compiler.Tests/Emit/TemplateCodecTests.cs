using Units.Compiler.Emit;

namespace Units.Compiler.Tests.Emit;

/// <summary>A unit library's shipped templates: decoded exactly as encoded, and anything else refused, never thrown on.</summary>
[TestClass]
public sealed class TemplateCodecTests
{
    private static readonly CopyTemplate[] s_parts =
    {
        new(EquatableArray.Create("using global::System.Linq;", "using static global::System.Math;"), true, EquatableArray.Create("unsafe"),
            EquatableArray.Create(new TemplateSegment(TemplateSegmentKind.Text, "[global::System.Obsolete(\"12:x\")]")),
            EquatableArray.Create(
                new TemplateSegment(TemplateSegmentKind.Text, "#line 4 \"/src/Lib.cs\"\n    public static int Next() => "),
                new TemplateSegment(TemplateSegmentKind.TypeParameter, "TInner", 1),
                new TemplateSegment(TemplateSegmentKind.Text, ".Next() + \"ünï:cödé\\n\".Length;\n"),
                new TemplateSegment(TemplateSegmentKind.SelfName, "Counter"),
                new TemplateSegment(TemplateSegmentKind.ClosedSelf, "Counter"),
                new TemplateSegment(TemplateSegmentKind.Text, string.Empty)))
        {
            Methods = EquatableArray.Create(new MethodTemplate("Push",
                EquatableArray.Create(new TemplateSegment(TemplateSegmentKind.Text, "int")),
                EquatableArray.Create(new MethodParameter("p", "ref ", EquatableArray.Create(new TemplateSegment(TemplateSegmentKind.Text, "global::Lib.Packet")), IsWritten: false)),
                EquatableArray.Create(
                    new TemplateSegment(TemplateSegmentKind.OwnQualifier, string.Empty),
                    new TemplateSegment(TemplateSegmentKind.Text, "s_count++;\n"),
                    new TemplateSegment(TemplateSegmentKind.Local, "p", 0),
                    new TemplateSegment(TemplateSegmentKind.TailCall, string.Empty, 0)),
                EquatableArray.Create(new TailCallTemplate(1, "Push",
                    EquatableArray.Create(new CallArgument("ref ", EquatableArray.Create(new TemplateSegment(TemplateSegmentKind.Local, "p", 0)), 0)), Returns: true)))
            {
                IsUnsafe = true,
            }),
            Unmerged = EquatableArray.Create(new UnmergedMethod("Spin", "it uses labels")),
        },
        new(EquatableArray<string>.Empty, false, EquatableArray<string>.Empty, EquatableArray<TemplateSegment>.Empty, EquatableArray<TemplateSegment>.Empty),
    };

    [TestMethod]
    public void Templates_decode_to_what_was_encoded()
    {
        var decoded = TemplateCodec.TryDecode(TemplateCodec.Encode(s_parts));
        Assert.IsNotNull(decoded);
        CollectionAssert.AreEqual(s_parts, decoded.Value.ToArray());
    }

    [TestMethod]
    public void Every_truncation_and_a_foreign_version_are_refused_without_an_exception()
    {
        var text = TemplateCodec.Encode(s_parts);
        for (var length = 0; length < text.Length; length++)
        {
            Assert.IsNull(TemplateCodec.TryDecode(text.Substring(0, length)), $"truncated at {length}");
        }
        Assert.IsNull(TemplateCodec.TryDecode(text + "1:x"), "trailing text");
        Assert.IsNull(TemplateCodec.TryDecode(text.Replace("units-template-3", "units-template-9")));
        Assert.IsNull(TemplateCodec.TryDecode(null));
        Assert.IsNull(TemplateCodec.TryDecode("99999999999:"));
    }

    [TestMethod]
    public void The_key_is_the_implementations_metadata_name()
    {
        Assert.AreEqual("Units.Template:Lib.Net.Counter`2", TemplateCodec.Key("Lib.Net", "Counter", 2));
        Assert.AreEqual("Units.Template:Counter`1", TemplateCodec.Key(string.Empty, "Counter", 1));
    }
}
