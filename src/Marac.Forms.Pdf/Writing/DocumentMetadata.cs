using System.Globalization;
using System.Security;
using System.Text;

namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// The document information dictionary and the XMP metadata stream. Both hold the form's name as
/// the title, the producing library and the timestamp, and nothing else: never a person's name or
/// any other value from the record.
/// </summary>
internal static class DocumentMetadata
{
    public const string Creator = "Marac.Forms.Pdf";

    public static void WriteInfo(PdfObjectWriter writer, int number, string title, DateTimeOffset timestamp)
    {
        string date = "D:" + timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        PdfOutput o = writer.Begin(number);
        o.Ascii("<</Title");
        writer.TextString(title);
        o.Ascii("/Creator");
        writer.TextString(Creator);
        o.Ascii("/Producer");
        writer.TextString(Creator);
        o.Ascii("/CreationDate");
        writer.TextString(date);
        o.Ascii("/ModDate");
        writer.TextString(date);
        o.Ascii(">>");
        writer.End();
    }

    public static void WriteXmp(PdfObjectWriter writer, int number, string title, DateTimeOffset timestamp)
    {
        string date = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string escapedTitle = SecurityElement.Escape(title) ?? string.Empty;
        string xmp =
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" +
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
            "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" +
            "   <dc:format>application/pdf</dc:format>\n" +
            "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escapedTitle + "</rdf:li></rdf:Alt></dc:title>\n" +
            "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n" +
            "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n" +
            "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n" +
            "   <xmp:CreatorTool>" + Creator + "</xmp:CreatorTool>\n" +
            "   <pdf:Producer>" + Creator + "</pdf:Producer>\n" +
            "  </rdf:Description>\n" +
            " </rdf:RDF>\n" +
            "</x:xmpmeta>\n" +
            "<?xpacket end=\"r\"?>";
        writer.Stream(number, "/Type/Metadata/Subtype/XML", Encoding.UTF8.GetBytes(xmp), compress: false);
    }
}
