using System.Buffers.Binary;

namespace Marac.Forms.Pdf.Fonts;

/// <summary>
/// Makes the embedded copy of a TrueType font: only the glyphs a document draws (and the glyphs
/// their composites are built from) keep their outlines; every glyph keeps its id, so the PDF's
/// character codes are the font's own glyph ids (CIDToGIDMap /Identity) and the glyph count stops
/// at the highest one used. Keeps the tables a PDF reader needs to draw TrueType glyphs (head,
/// hhea, maxp, hmtx, loca, glyf and the hinting tables cvt, fpgm and prep) with valid checksums.
/// </summary>
internal static class FontSubsetter
{
    private static readonly uint[] CopiedTables = [TrueTypeTables.Cvt, TrueTypeTables.Fpgm, TrueTypeTables.Prep];

    /// <summary>Subsets the face to the glyphs marked in <paramref name="used"/> (index = glyph id); glyph 0 is always kept.</summary>
    public static byte[] Subset(FontFace face, bool[] used)
    {
        byte[] font = face.Bytes;
        TrueTypeMetrics metrics = face.Metrics;
        TrueTypeTables tables = metrics.Tables;
        ReadOnlySpan<byte> loca = tables.Get(font, TrueTypeTables.Loca);
        ReadOnlySpan<byte> glyf = tables.Get(font, TrueTypeTables.Glyf);
        int glyphCount = metrics.GlyphCount;

        var keep = new bool[glyphCount];
        keep[0] = true;
        var pending = new Stack<int>();
        for (int g = 0; g < Math.Min(used.Length, glyphCount); g++)
        {
            if (used[g] && !keep[g])
            {
                keep[g] = true;
                pending.Push(g);
            }
        }

        while (pending.Count > 0)
        {
            foreach (int component in Components(GlyphData(glyf, loca, pending.Pop(), metrics.LongLocaOffsets)))
            {
                if (component < glyphCount && !keep[component])
                {
                    keep[component] = true;
                    pending.Push(component);
                }
            }
        }

        int count = glyphCount;
        while (count > 1 && !keep[count - 1])
        {
            count--;
        }

        // glyf, loca (long offsets) and hmtx (one full metric per glyph) for glyphs 0..count-1.
        int glyfLength = 0;
        for (int g = 0; g < count; g++)
        {
            if (keep[g])
            {
                glyfLength += Pad4(GlyphData(glyf, loca, g, metrics.LongLocaOffsets).Length);
            }
        }

        var newGlyf = new byte[glyfLength];
        var newLoca = new byte[4 * (count + 1)];
        var newHmtx = new byte[4 * count];
        ReadOnlySpan<byte> hmtx = tables.Get(font, TrueTypeTables.Hmtx);
        ReadOnlySpan<byte> hhea = tables.Get(font, TrueTypeTables.Hhea);
        int metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.Slice(34));
        int at = 0;
        for (int g = 0; g < count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)at);
            if (!keep[g])
            {
                continue;
            }

            ReadOnlySpan<byte> data = GlyphData(glyf, loca, g, metrics.LongLocaOffsets);
            data.CopyTo(newGlyf.AsSpan(at));
            at += Pad4(data.Length);
            int advance = metrics.AdvanceOfGlyph(g);
            short leftBearing = g < metricCount
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx.Slice((4 * g) + 2))
                : BinaryPrimitives.ReadInt16BigEndian(hmtx.Slice((4 * metricCount) + (2 * (g - metricCount))));
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * g), (ushort)advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan((4 * g) + 2), leftBearing);
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * count), (uint)at);

        byte[] head = tables.Get(font, TrueTypeTables.Head).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        byte[] newHhea = hhea.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)count);
        byte[] maxp = tables.Get(font, TrueTypeTables.Maxp).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);

        var output = new List<(uint Tag, byte[] Data)>
        {
            (TrueTypeTables.Glyf, newGlyf),
            (TrueTypeTables.Head, head),
            (TrueTypeTables.Hhea, newHhea),
            (TrueTypeTables.Hmtx, newHmtx),
            (TrueTypeTables.Loca, newLoca),
            (TrueTypeTables.Maxp, maxp),
        };
        foreach (uint tag in CopiedTables)
        {
            if (tables.Has(tag))
            {
                output.Add((tag, tables.Get(font, tag).ToArray()));
            }
        }

        output.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        return Assemble(output);
    }

    private static ReadOnlySpan<byte> GlyphData(ReadOnlySpan<byte> glyf, ReadOnlySpan<byte> loca, int glyph, bool longOffsets)
    {
        int start;
        int end;
        if (longOffsets)
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Slice(4 * glyph));
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Slice(4 * (glyph + 1)));
        }
        else
        {
            start = 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.Slice(2 * glyph));
            end = 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.Slice(2 * (glyph + 1)));
        }

        return end > start && end <= glyf.Length ? glyf.Slice(start, end - start) : default;
    }

    /// <summary>The glyph ids a composite glyph is made of (none for a simple glyph).</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        int at = 10;
        while (at + 4 <= glyph.Length)
        {
            ushort flags = BinaryPrimitives.ReadUInt16BigEndian(glyph.Slice(at));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph.Slice(at + 2)));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0)
            {
                at += 2;
            }
            else if ((flags & 0x0040) != 0)
            {
                at += 4;
            }
            else if ((flags & 0x0080) != 0)
            {
                at += 8;
            }

            if ((flags & 0x0020) == 0)
            {
                break;
            }
        }

        return components;
    }

    private static byte[] Assemble(List<(uint Tag, byte[] Data)> tables)
    {
        int count = tables.Count;
        int headerLength = 12 + (16 * count);
        int length = headerLength;
        foreach (var table in tables)
        {
            length += Pad4(table.Data.Length);
        }

        var file = new byte[length];
        Span<byte> span = file;
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        int power = 1;
        int log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(span.Slice(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span.Slice(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span.Slice(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span.Slice(10), (ushort)((count * 16) - (power * 16)));
        int offset = headerLength;
        int headOffset = -1;
        for (int i = 0; i < count; i++)
        {
            var (tag, data) = tables[i];
            Span<byte> record = span.Slice(12 + (16 * i), 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record.Slice(4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record.Slice(8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record.Slice(12), (uint)data.Length);
            data.CopyTo(span.Slice(offset));
            if (tag == TrueTypeTables.Head)
            {
                headOffset = offset;
            }

            offset += Pad4(data.Length);
        }

        uint adjustment = unchecked(0xB1B0AFBA - Checksum(file));
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(headOffset + 8), adjustment);
        return file;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int whole = data.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data.Slice(i)));
        }

        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data.Slice(whole).CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    private static int Pad4(int length) => (length + 3) & ~3;
}
