namespace Marac.Forms.Word.Writing;

/// <summary>
/// The font table: it tells a reader what kind of font each named font is (a sans-serif, its PANOSE class, its
/// pitch), so a reader without the font picks a like one (DejaVu Sans, Liberation Sans or Arial), never a serif.
/// </summary>
internal static class FontTableWriter
{
    internal static void Write(WordXml xml)
    {
        xml.StartRoot("fonts");
        Font(xml, Layout.BodyFont, altName: "Arial", panose: "020B0603030804020204", charset: "00", family: "swiss", pitch: "variable");
        Font(xml, Layout.CheckBoxFont, altName: null, panose: "020B0609070205080204", charset: "80", family: "modern", pitch: "fixed");
        xml.End();
    }

    private static void Font(WordXml xml, string name, string? altName, string panose, string charset, string family, string pitch)
    {
        xml.Start("font");
        xml.Attribute("name", name);
        if (altName is not null)
        {
            xml.Value("altName", altName);
        }

        xml.Value("panose1", panose);
        xml.Value("charset", charset);
        xml.Value("family", family);
        xml.Value("pitch", pitch);
        xml.End();
    }
}
