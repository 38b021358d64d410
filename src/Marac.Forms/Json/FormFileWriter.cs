using System.Text.Json;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>Writes a form and its lawful basis as a Marac.Forms file: UTF-8, indented, "\n" line ends, the same bytes every time.</summary>
internal static class FormFileWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = MaracJsonEncoder.Instance };

    internal static byte[] Write(object form, LawfulBasis basis)
    {
        var formType = FormTypes.Of(form.GetType());
        CheckWritable(basis, "lawfulBasis", nameof(basis));
        CheckWritable(form, string.Empty, nameof(form));

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("formType", formType.Id());
            writer.WriteString("formVersion", MaracJson.FormatVersion);
            writer.WritePropertyName("lawfulBasis");
            JsonSerializer.Serialize(writer, basis, MaracJsonOptions.Default.GetTypeInfo(typeof(LawfulBasis)));
            writer.WritePropertyName("form");
            JsonSerializer.Serialize(writer, form, MaracJsonOptions.Default.GetTypeInfo(form.GetType()));
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return WithUnixLineEnds(buffer.ToArray());
    }

    /// <summary>Refuses values that would not read back as they are: nulls where a value is required, undefined enum values, broken text.</summary>
    internal static void CheckWritable(object value, string rootMember, string parameterName)
    {
        var path = new JsonPathStack();
        if (rootMember.Length > 0)
        {
            path.EnterObject();
            path.SetMember(rootMember);
        }

        try
        {
            WritableCheck.Run(value, JsonShapes.For(value.GetType()), path);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message, parameterName, ex);
        }
    }

    /// <summary>
    /// The indented writer ends lines with the platform's new line. Text values never hold a raw carriage return
    /// (JSON escapes it), so removing every one gives "\n" line ends and the same bytes on every platform.
    /// </summary>
    private static byte[] WithUnixLineEnds(byte[] utf8)
    {
        if (Array.IndexOf(utf8, (byte)'\r') < 0)
        {
            return utf8;
        }

        return utf8.Where(b => b != (byte)'\r').ToArray();
    }
}
