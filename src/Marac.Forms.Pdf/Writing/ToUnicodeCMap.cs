namespace Marac.Forms.Pdf.Writing;

/// <summary>The ToUnicode CMap of a font: two-byte codes (the glyph ids) to the UTF-16 text each glyph stands for, so readers extract the text that was written.</summary>
internal static class ToUnicodeCMap
{
    private const int EntriesPerBlock = 100;

    public static void Write(FontUsage usage, PdfOutput output)
    {
        output.Ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = new List<int>();
        for (int g = 0; g < usage.TextOfGlyph.Length; g++)
        {
            if (usage.TextOfGlyph[g] is not null)
            {
                entries.Add(g);
            }
        }

        for (int first = 0; first < entries.Count; first += EntriesPerBlock)
        {
            int count = Math.Min(EntriesPerBlock, entries.Count - first);
            output.Integer(count).Ascii(" beginbfchar\n");
            for (int i = first; i < first + count; i++)
            {
                int glyph = entries[i];
                output.Write((byte)'<').Hex4(glyph).Ascii("> <");
                foreach (char c in usage.TextOfGlyph[glyph]!)
                {
                    output.Hex4(c);
                }

                output.Ascii(">\n");
            }

            output.Ascii("endbfchar\n");
        }

        output.Ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    }
}
