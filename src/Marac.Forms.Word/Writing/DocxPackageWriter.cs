using System.IO.Compression;
using System.Text;
using System.Xml;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Writes the .docx package itself: the parts in a fixed order with a fixed timestamp, so the same
/// document always gives the same bytes. The package properties hold the form's name and id only,
/// never personal data.
/// </summary>
internal static class DocxPackageWriter
{
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    internal static void Write(FormDocument document, Stream output)
    {
        var language = document.Form.Language;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteXml(zip, "[Content_Types].xml", ContentTypes);
        WriteXml(zip, "_rels/.rels", PackageRels);
        WriteXml(zip, "docProps/core.xml", writer => CoreProperties(writer, document));
        WriteXml(zip, "docProps/app.xml", AppProperties);
        WriteXml(zip, "docProps/custom.xml", writer => CustomProperties(writer, document));
        WriteMarkup(zip, "word/document.xml", xml => new DocumentWriter(xml).Write(document), CompressionLevel.Fastest);
        WriteXml(zip, "word/_rels/document.xml.rels", DocumentRels);
        WriteMarkup(zip, "word/styles.xml", xml => StylesWriter.Write(xml, language), CompressionLevel.NoCompression);
        WriteMarkup(zip, "word/settings.xml", xml => SettingsWriter.Write(xml, language), CompressionLevel.NoCompression);
        WriteMarkup(zip, "word/fontTable.xml", FontTableWriter.Write, CompressionLevel.NoCompression);
        WriteMarkup(zip, "word/header1.xml", xml => HeaderFooterWriter.WriteHeader(xml, document), CompressionLevel.NoCompression);
        WriteMarkup(zip, "word/footer1.xml", xml => HeaderFooterWriter.WriteFooter(xml, document), CompressionLevel.NoCompression);
    }

    private static void ContentTypes(XmlWriter writer)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        writer.WriteStartElement("Types", ns);
        Default(writer, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(writer, ns, "xml", "application/xml");
        Override(writer, ns, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        Override(writer, ns, "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        Override(writer, ns, "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        Override(writer, ns, "/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        Override(writer, ns, "/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        Override(writer, ns, "/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
        Override(writer, ns, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(writer, ns, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        Override(writer, ns, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        writer.WriteEndElement();
    }

    private static void PackageRels(XmlWriter writer)
    {
        writer.WriteStartElement("Relationships", PackageRelationships);
        Relationship(writer, "rIdDocument", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml");
        Relationship(writer, "rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        Relationship(writer, "rIdApp", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml");
        Relationship(writer, "rIdCustom", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml");
        writer.WriteEndElement();
    }

    private static void DocumentRels(XmlWriter writer)
    {
        writer.WriteStartElement("Relationships", PackageRelationships);
        Relationship(writer, "rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
        Relationship(writer, "rIdSettings", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml");
        Relationship(writer, "rIdFontTable", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", "fontTable.xml");
        Relationship(writer, DocxParts.HeaderRelationship, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml");
        Relationship(writer, DocxParts.FooterRelationship, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml");
        writer.WriteEndElement();
    }

    private static void CoreProperties(XmlWriter writer, FormDocument document)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        writer.WriteStartElement("cp", "coreProperties", cp);
        writer.WriteAttributeString("xmlns", "dc", null, dc);
        writer.WriteElementString("title", dc, Text.Checked(document.Title));
        writer.WriteElementString("language", dc, document.Form.Language);
        writer.WriteEndElement();
    }

    private static void AppProperties(XmlWriter writer)
    {
        const string ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        writer.WriteStartElement("Properties", ns);
        writer.WriteElementString("Application", ns, "Marac.Forms");
        writer.WriteEndElement();
    }

    private static void CustomProperties(XmlWriter writer, FormDocument document)
    {
        const string ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
        const string vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
        writer.WriteStartElement("Properties", ns);
        writer.WriteAttributeString("xmlns", "vt", null, vt);
        var id = 2;
        foreach (var property in DocumentProperties.For(document))
        {
            writer.WriteStartElement("property", ns);
            writer.WriteAttributeString("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
            writer.WriteAttributeString("pid", (id++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteAttributeString("name", property.Key);
            writer.WriteElementString("lpwstr", vt, Text.Checked(property.Value));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Default(XmlWriter writer, string ns, string extension, string contentType)
    {
        writer.WriteStartElement("Default", ns);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }

    private static void Override(XmlWriter writer, string ns, string partName, string contentType)
    {
        writer.WriteStartElement("Override", ns);
        writer.WriteAttributeString("PartName", partName);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }

    private static void Relationship(XmlWriter writer, string id, string type, string target)
    {
        writer.WriteStartElement("Relationship", PackageRelationships);
        writer.WriteAttributeString("Id", id);
        writer.WriteAttributeString("Type", type);
        writer.WriteAttributeString("Target", target);
        writer.WriteEndElement();
    }

    /// <summary>Writes a part; only the large main document is compressed, as setting up compression costs more than it saves on the small parts.</summary>
    private static void WriteMarkup(ZipArchive zip, string name, Action<WordXml> write, CompressionLevel compression)
    {
        var entry = zip.CreateEntry(name, compression);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, Utf8, 4096);
        write(new WordXml(writer));
    }

    private static void WriteXml(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8, CloseOutput = false });
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }
}
