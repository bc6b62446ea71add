using System.Globalization;
using System.Text;

namespace Units.Compiler.Emit;

/// <summary>
/// An implementation's copy templates as one string, so a unit library can ship them in its
/// assembly (an <c>AssemblyMetadata</c> attribute) and a project that composes its units copies
/// them per instance exactly as it copies its own. The form is versioned; anything that does not
/// decode whole is refused (the consumer then forwards to the compiled implementation).
/// Every string is length-prefixed (<c>12:text</c>), so no text needs escaping.
/// </summary>
public static class TemplateCodec
{
    /// <summary>The key prefix of the attribute; the implementation's metadata name follows (<c>Ns.Impl`3</c>).</summary>
    public const string KeyPrefix = "Units.Template:";

    private const string Version = "units-template-3";

    public static string Key(string ns, string name, int arity) => KeyPrefix + (ns.Length == 0 ? "" : ns + ".") + name + "`" + arity.ToString(CultureInfo.InvariantCulture);

    public static string Encode(IReadOnlyList<CopyTemplate> parts)
    {
        var text = new StringBuilder();
        Write(text, Version);
        WriteCount(text, parts.Count);
        foreach (var part in parts)
        {
            WriteList(text, part.Usings);
            Write(text, part.NullableAnnotations ? "1" : "0");
            WriteList(text, part.Modifiers);
            WriteSegments(text, part.Attributes);
            WriteSegments(text, part.Members);
            WriteCount(text, part.Methods.Count);
            foreach (var method in part.Methods) WriteMethod(text, method);
            WriteCount(text, part.Unmerged.Count);
            foreach (var unmerged in part.Unmerged)
            {
                Write(text, unmerged.Name);
                Write(text, unmerged.Reason);
            }
        }
        return text.ToString();
    }

    /// <summary>The templates, or null when the text is not one this version wrote.</summary>
    public static EquatableArray<CopyTemplate>? TryDecode(string? text)
    {
        if (text is null) return null;
        var reader = new Reader(text);
        try
        {
            if (reader.String() != Version) return null;
            var parts = new CopyTemplate[reader.Count()];
            for (var i = 0; i < parts.Length; i++)
            {
                var usings = reader.List();
                var annotations = reader.String() == "1";
                var modifiers = reader.List();
                var attributes = reader.Segments();
                var members = reader.Segments();
                var methods = new MethodTemplate[reader.Count()];
                for (var m = 0; m < methods.Length; m++) methods[m] = reader.Method();
                var unmerged = new UnmergedMethod[reader.Count()];
                for (var u = 0; u < unmerged.Length; u++) unmerged[u] = new UnmergedMethod(reader.String(), reader.String());
                parts[i] = new CopyTemplate(usings, annotations, modifiers, attributes, members) { Methods = methods.ToEquatableArray(), Unmerged = unmerged.ToEquatableArray() };
            }
            return reader.AtEnd ? parts.ToEquatableArray() : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Write(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static void WriteCount(StringBuilder text, int count) => Write(text, count.ToString(CultureInfo.InvariantCulture));

    private static void WriteList(StringBuilder text, EquatableArray<string> items)
    {
        WriteCount(text, items.Count);
        foreach (var item in items) Write(text, item);
    }

    private static void WriteSegments(StringBuilder text, EquatableArray<TemplateSegment> segments)
    {
        WriteCount(text, segments.Count);
        foreach (var segment in segments)
        {
            Write(text, ((int)segment.Kind).ToString(CultureInfo.InvariantCulture));
            Write(text, segment.Index.ToString(CultureInfo.InvariantCulture));
            Write(text, segment.Text);
        }
    }

    private static void WriteMethod(StringBuilder text, MethodTemplate method)
    {
        Write(text, method.Name);
        Write(text, method.IsUnsafe ? "1" : "0");
        WriteSegments(text, method.ReturnType);
        WriteCount(text, method.Parameters.Count);
        foreach (var parameter in method.Parameters)
        {
            Write(text, parameter.Name);
            Write(text, parameter.Passing);
            WriteSegments(text, parameter.Type);
            Write(text, parameter.IsWritten ? "1" : "0");
        }
        WriteSegments(text, method.Body);
        WriteCount(text, method.TailCalls.Count);
        foreach (var call in method.TailCalls)
        {
            WriteCount(text, call.TypeParameter);
            Write(text, call.Member);
            Write(text, call.Returns ? "1" : "0");
            WriteCount(text, call.Arguments.Count);
            foreach (var argument in call.Arguments)
            {
                Write(text, argument.Passing);
                WriteSegments(text, argument.Expression);
                WriteCount(text, argument.Local + 1);
            }
        }
    }

    private sealed class Reader
    {
        private readonly string _text;
        private int _position;

        public Reader(string text) => _text = text;

        public bool AtEnd => _position == _text.Length;

        public string String()
        {
            var colon = _text.IndexOf(':', _position);
            if (colon < 0 || colon == _position || colon - _position > 9) throw new FormatException();
            var length = 0;
            for (var i = _position; i < colon; i++)
            {
                var digit = _text[i] - '0';
                if (digit is < 0 or > 9) throw new FormatException();
                length = length * 10 + digit;
            }
            if (length > _text.Length - colon - 1) throw new FormatException();
            var value = _text.Substring(colon + 1, length);
            _position = colon + 1 + length;
            return value;
        }

        public int Count() => int.TryParse(String(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= _text.Length ? n : throw new FormatException();

        public EquatableArray<string> List()
        {
            var items = new string[Count()];
            for (var i = 0; i < items.Length; i++) items[i] = String();
            return items.ToEquatableArray();
        }

        public MethodTemplate Method()
        {
            var name = String();
            var isUnsafe = String() == "1";
            var returnType = Segments();
            var parameters = new MethodParameter[Count()];
            for (var i = 0; i < parameters.Length; i++) parameters[i] = new MethodParameter(String(), String(), Segments(), String() == "1");
            var body = Segments();
            var calls = new TailCallTemplate[Count()];
            for (var i = 0; i < calls.Length; i++)
            {
                var typeParameter = Count();
                var member = String();
                var returns = String() == "1";
                var arguments = new CallArgument[Count()];
                for (var a = 0; a < arguments.Length; a++) arguments[a] = new CallArgument(String(), Segments(), Count() - 1);
                calls[i] = new TailCallTemplate(typeParameter, member, arguments.ToEquatableArray(), returns);
            }
            return new MethodTemplate(name, returnType, parameters.ToEquatableArray(), body, calls.ToEquatableArray()) { IsUnsafe = isUnsafe };
        }

        public EquatableArray<TemplateSegment> Segments()
        {
            var segments = new TemplateSegment[Count()];
            for (var i = 0; i < segments.Length; i++)
            {
                var kind = Count();
                if (!Enum.IsDefined(typeof(TemplateSegmentKind), kind)) throw new FormatException();
                var index = Count();
                segments[i] = new TemplateSegment((TemplateSegmentKind)kind, String(), index);
            }
            return segments.ToEquatableArray();
        }
    }
}
