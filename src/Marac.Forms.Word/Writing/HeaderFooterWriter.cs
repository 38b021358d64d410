using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>The header (the marking) and footer (the marking; form name and version with "page n of m"; the review date), repeated on every page.</summary>
internal static class HeaderFooterWriter
{
    internal static void WriteHeader(WordXml xml, FormDocument document)
    {
        xml.StartRoot("hdr");
        xml.Paragraph(document.Marking, StyleIds.Header);
        xml.End();
    }

    internal static void WriteFooter(WordXml xml, FormDocument document)
    {
        xml.StartRoot("ftr");
        xml.Paragraph(document.Marking, StyleIds.Header);
        xml.Start("p");
        xml.ParagraphProperties(StyleIds.Footer, keepNext: false);
        xml.Run(document.FooterText + "\t" + document.PageNumbers.Before);
        Field(xml, "PAGE");
        xml.Run(document.PageNumbers.Between);
        Field(xml, "NUMPAGES");
        xml.End();
        if (document.ReviewNotice is { } notice)
        {
            xml.Paragraph(notice, StyleIds.Footer);
        }

        xml.End();
    }

    private static void Field(WordXml xml, string instruction)
    {
        FieldCharacter(xml, "begin");
        xml.Start("r");
        xml.Start("instrText");
        xml.AttributeQualified("xml:space", "preserve");
        xml.Characters(" " + instruction + " ");
        xml.End();
        xml.End();
        FieldCharacter(xml, "separate");
        xml.Run("1");
        FieldCharacter(xml, "end");
    }

    private static void FieldCharacter(WordXml xml, string type)
    {
        xml.Start("r");
        xml.Start("fldChar");
        xml.Attribute("fldCharType", type);
        xml.End();
        xml.End();
    }
}
