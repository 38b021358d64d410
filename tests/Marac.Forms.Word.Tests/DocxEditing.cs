using System.IO.Compression;
using System.Xml.Linq;

namespace Marac.Forms.Word.Tests;

/// <summary>Changes the main document part of a .docx, as a person editing it in Word might, for the reader tests.</summary>
internal static class DocxEditing
{
    internal static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    internal static XDocument ReadDocument(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    internal static byte[] EditDocument(byte[] docx, Action<XDocument> edit)
    {
        var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument document;
            using (var stream = entry.Open())
            {
                document = XDocument.Load(stream);
            }

            edit(document);
            entry.Delete();
            using var replaced = zip.CreateEntry("word/document.xml").Open();
            document.Save(replaced);
        }

        return output.ToArray();
    }

    /// <summary>The content control whose tag is <paramref name="tag"/>.</summary>
    internal static XElement Control(XDocument document, string tag) =>
        document.Descendants(W + "sdt").Single(sdt => (string?)sdt.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val") == tag);

    /// <summary>Types <paramref name="text"/> into a control, as Word does: the placeholder flag goes and the content is replaced.</summary>
    internal static void Type(XDocument document, string tag, string text)
    {
        var control = Control(document, tag);
        control.Element(W + "sdtPr")!.Element(W + "showingPlcHdr")?.Remove();
        control.Element(W + "sdtContent")!.ReplaceNodes(new XElement(W + "r", new XElement(W + "t", text)));
    }

    /// <summary>Ticks a tick box, as Word does.</summary>
    internal static void Tick(XDocument document, string tag)
    {
        XNamespace w14 = "http://schemas.microsoft.com/office/word/2010/wordml";
        var control = Control(document, tag);
        control.Descendants(w14 + "checked").Single().SetAttributeValue(w14 + "val", "1");
        control.Descendants(W + "t").Single().Value = "\u2612";
    }
}
