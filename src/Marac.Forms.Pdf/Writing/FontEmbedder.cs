using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// Writes the objects of one used face: a Type 0 font with Identity-H encoding over a
/// CIDFontType2 font (character codes are glyph ids, CIDToGIDMap /Identity), its widths, its
/// descriptor, the subset font file and the ToUnicode map. The subset's six-letter tag is derived
/// from the glyphs it holds, so the same document always gets the same tag.
/// </summary>
internal static class FontEmbedder
{
    public static void Write(PdfObjectWriter writer, FontUsage usage)
    {
        FontFace face = usage.Face;
        TrueTypeMetrics metrics = face.Metrics;
        int cidFont = writer.Objects.Allocate();
        int descriptor = writer.Objects.Allocate();
        int fontFile = writer.Objects.Allocate();
        int toUnicode = writer.Objects.Allocate();
        string name = SubsetTag(usage) + "+" + (metrics.PostScriptName ?? "MaracFont");
        double scale = 1000.0 / metrics.UnitsPerEm;

        PdfOutput o = writer.Begin(usage.ObjectNumber);
        o.Ascii("<</Type/Font/Subtype/Type0/BaseFont/").Ascii(name).Ascii("/Encoding/Identity-H/DescendantFonts[")
            .Reference(cidFont).Ascii("]/ToUnicode ").Reference(toUnicode).Ascii(">>");
        writer.End();

        o = writer.Begin(cidFont);
        o.Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Ascii(name).Ascii("/CIDSystemInfo<</Registry");
        writer.TextString("Adobe");
        o.Ascii("/Ordering");
        writer.TextString("Identity");
        o.Ascii("/Supplement 0>>/FontDescriptor ").Reference(descriptor).Ascii("/DW 0/W[");
        WriteWidths(usage, scale, o);
        o.Ascii("]/CIDToGIDMap/Identity>>");
        writer.End();

        var (xMin, yMin, xMax, yMax) = metrics.BoundingBox;
        int flags = 4 | (metrics.ItalicAngle != 0 ? 64 : 0);
        o = writer.Begin(descriptor);
        o.Ascii("<</Type/FontDescriptor/FontName/").Ascii(name).Ascii("/Flags ").Integer(flags)
            .Ascii("/FontBBox[").Number(xMin * scale).Write((byte)' ').Number(yMin * scale).Write((byte)' ')
            .Number(xMax * scale).Write((byte)' ').Number(yMax * scale).Ascii("]/ItalicAngle ").Number(metrics.ItalicAngle)
            .Ascii("/Ascent ").Number(metrics.Ascender * scale).Ascii("/Descent ").Number(-metrics.Descender * scale)
            .Ascii("/CapHeight ").Number(metrics.CapHeight * scale).Ascii("/StemV ").Integer(metrics.WeightClass >= 600 ? 140 : 80)
            .Ascii("/FontFile2 ").Reference(fontFile).Ascii(">>");
        writer.End();

        byte[] subset = FontSubsetter.Subset(face, usage.Used);
        writer.Stream(fontFile, string.Empty, subset, compress: true, length1: subset.Length);

        using var cmap = new PdfOutput(8 * 1024);
        ToUnicodeCMap.Write(usage, cmap);
        writer.Stream(toUnicode, string.Empty, cmap.WrittenSpan);
    }

    /// <summary>W: runs of consecutive glyph ids with their widths in thousandths of an em.</summary>
    private static void WriteWidths(FontUsage usage, double scale, PdfOutput o)
    {
        bool[] used = usage.Used;
        int g = 0;
        while (g < used.Length)
        {
            if (!used[g])
            {
                g++;
                continue;
            }

            o.Integer(g).Write((byte)'[');
            bool first = true;
            while (g < used.Length && used[g])
            {
                if (!first)
                {
                    o.Write((byte)' ');
                }

                o.Number(usage.Face.Metrics.AdvanceOfGlyph(g) * scale);
                first = false;
                g++;
            }

            o.Write((byte)']');
        }
    }

    /// <summary>Six capital letters from a hash (FNV-1a) of the face and the glyphs in the subset.</summary>
    private static string SubsetTag(FontUsage usage)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in usage.Face.FaceName)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        for (int g = 0; g < usage.Used.Length; g++)
        {
            if (usage.Used[g])
            {
                hash = (hash ^ (ulong)g) * 1099511628211UL;
            }
        }

        var tag = new char[6];
        for (int i = 0; i < 6; i++)
        {
            tag[i] = (char)('A' + (int)(hash % 26));
            hash /= 26;
        }

        return new string(tag);
    }
}
