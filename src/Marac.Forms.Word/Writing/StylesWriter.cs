using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>The style sheet: Normal, Title, Heading 1 and 2 (with outline levels, so the navigation pane lists them), note and help styles, header and footer, in the sizes of <see cref="PrintMeasures"/>.</summary>
internal static class StylesWriter
{
    internal static void Write(WordXml xml, string language)
    {
        xml.StartRoot("styles");
        xml.Start("docDefaults");
        xml.Start("rPrDefault");
        xml.Start("rPr");
        xml.Start("rFonts");
        xml.Attribute("ascii", Layout.BodyFont);
        xml.Attribute("eastAsia", Layout.BodyFont);
        xml.Attribute("hAnsi", Layout.BodyFont);
        xml.Attribute("cs", Layout.BodyFont);
        xml.End();
        xml.Value("sz", HalfPoints(PrintMeasures.BodySize));
        xml.Value("szCs", HalfPoints(PrintMeasures.BodySize));
        xml.Start("lang");
        xml.Attribute("val", language);
        xml.Attribute("eastAsia", language);
        xml.Attribute("bidi", "ar-SA");
        xml.End();
        xml.End();
        xml.End();
        xml.Start("pPrDefault");
        xml.Start("pPr");
        Spacing(xml, before: null, after: 60);
        xml.End();
        xml.End();
        xml.End();

        Style(xml, StyleIds.Normal, "Normal", basedOn: null, isDefault: true, paragraph: null, run: null);
        Style(xml, StyleIds.Title, "Title", StyleIds.Normal, false, () => { xml.Empty("keepNext"); Spacing(xml, null, 200); }, () => Size(xml, HalfPoints(PrintMeasures.TitleSize), bold: true));
        Style(xml, StyleIds.Heading1, "heading 1", StyleIds.Normal, false, () => { xml.Empty("keepNext"); xml.Empty("keepLines"); Spacing(xml, 280, 100); xml.Value("outlineLvl", 0); }, () => Size(xml, HalfPoints(PrintMeasures.SectionHeadingSize), bold: true));
        Style(xml, StyleIds.Heading2, "heading 2", StyleIds.Normal, false, () => { xml.Empty("keepNext"); xml.Empty("keepLines"); Spacing(xml, 200, 80); xml.Value("outlineLvl", 1); }, () => Size(xml, HalfPoints(PrintMeasures.SubheadingSize), bold: true));
        // Inside a cell, the cell's margins space the text; paragraphs add no space of their own.
        Style(xml, StyleIds.Label, "Label", StyleIds.Normal, false, () => Spacing(xml, null, 0), () => Size(xml, HalfPoints(PrintMeasures.LabelSize), bold: true));
        Style(xml, StyleIds.Answer, "Answer", StyleIds.Normal, false, () => Spacing(xml, null, 0), null);
        Style(xml, StyleIds.Note, "Note", StyleIds.Normal, false, null, () => { xml.Empty("i"); xml.Value("color", "404040"); Size(xml, HalfPoints(PrintMeasures.NoteSize), bold: false); });
        Style(xml, StyleIds.Help, "Help", StyleIds.Normal, false, () => Spacing(xml, null, 0), () => { xml.Empty("i"); xml.Value("color", "404040"); Size(xml, HalfPoints(PrintMeasures.HelpSize), bold: false); });
        Style(xml, StyleIds.Header, "header", StyleIds.Normal, false, () => xml.Value("jc", "center"), () => Size(xml, HalfPoints(PrintMeasures.MarkingSize), bold: true));
        Style(
            xml,
            StyleIds.Footer,
            "footer",
            StyleIds.Normal,
            false,
            () =>
            {
                xml.Start("tabs");
                xml.Start("tab");
                xml.Attribute("val", "right");
                xml.Attribute("pos", Layout.TextWidth);
                xml.End();
                xml.End();
            },
            () => Size(xml, HalfPoints(PrintMeasures.FooterSize), bold: false));
        xml.End();
    }

    private static void Style(WordXml xml, string id, string name, string? basedOn, bool isDefault, Action? paragraph, Action? run)
    {
        xml.Start("style");
        xml.Attribute("type", "paragraph");
        if (isDefault)
        {
            xml.Attribute("default", "1");
        }

        xml.Attribute("styleId", id);
        xml.Value("name", name);
        if (basedOn is not null)
        {
            xml.Value("basedOn", basedOn);
        }

        xml.Empty("qFormat");
        if (paragraph is not null)
        {
            xml.Start("pPr");
            paragraph();
            xml.End();
        }

        if (run is not null)
        {
            xml.Start("rPr");
            run();
            xml.End();
        }

        xml.End();
    }

    private static void Spacing(WordXml xml, int? before, int after)
    {
        xml.Start("spacing");
        if (before is { } value)
        {
            xml.Attribute("before", value);
        }

        xml.Attribute("after", after);
        xml.Attribute("line", 259);
        xml.Attribute("lineRule", "auto");
        xml.End();
    }

    private static int HalfPoints(double points) => (int)Math.Round(points * 2);

    private static void Size(WordXml xml, int halfPoints, bool bold)
    {
        if (bold)
        {
            xml.Empty("b");
        }

        xml.Value("sz", halfPoints);
        xml.Value("szCs", halfPoints);
    }
}
