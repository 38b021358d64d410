using System.Buffers.Binary;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

/// <summary>
/// The few facts the layout needs from a TrueType font: which characters of the Basic
/// Multilingual Plane it maps to a glyph, each glyph's advance width, and the vertical metrics.
/// Read straight from the font's tables so measuring never goes through PDFsharp's global lock.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _glyphOfChar;
    private readonly ushort[] _advanceOfGlyph;

    private TrueTypeMetrics(int unitsPerEm, int ascender, int descender, int lineGap, ushort[] glyphOfChar, ushort[] advanceOfGlyph)
    {
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        LineGap = lineGap;
        _glyphOfChar = glyphOfChar;
        _advanceOfGlyph = advanceOfGlyph;
    }

    /// <summary>Font design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Height above the baseline, in design units.</summary>
    public int Ascender { get; }

    /// <summary>Depth below the baseline, in design units (positive).</summary>
    public int Descender { get; }

    /// <summary>Extra gap between lines, in design units.</summary>
    public int LineGap { get; }

    /// <summary>True when the font maps the character to a real glyph.</summary>
    public bool HasGlyph(char c) => _glyphOfChar[c] != 0;

    /// <summary>The character's advance as a fraction of the em.</summary>
    public double AdvanceInEm(char c)
    {
        int glyph = _glyphOfChar[c];
        int index = glyph < _advanceOfGlyph.Length ? glyph : _advanceOfGlyph.Length - 1;
        return (double)_advanceOfGlyph[index] / UnitsPerEm;
    }

    /// <summary>Reads the metrics of a TrueType-outline font (a .ttf file).</summary>
    /// <exception cref="ArgumentException">The bytes are not a single TrueType-outline font.</exception>
    public static TrueTypeMetrics Read(byte[] font, string fontName)
    {
        try
        {
            return ReadTables(font, fontName);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw NotReadable(fontName, "a table points outside the file");
        }
    }

    private static TrueTypeMetrics ReadTables(byte[] font, string fontName)
    {
        ReadOnlySpan<byte> data = font;
        if (data.Length < 12)
        {
            throw NotReadable(fontName, "the file is too short");
        }

        uint version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version == 0x74746366)
        {
            throw NotReadable(fontName, "it is a font collection (.ttc); pass a single .ttf font");
        }

        if (version == 0x4F54544F)
        {
            throw NotReadable(fontName, "it has PostScript (CFF) outlines, which PDFsharp cannot subset; pass a TrueType-outline .ttf font");
        }

        if (version != 0x00010000 && version != 0x74727565)
        {
            throw NotReadable(fontName, "it is not a TrueType font");
        }

        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        ReadOnlySpan<byte> head = default, hhea = default, hmtx = default, maxp = default, cmap = default;
        bool hasGlyf = false;
        for (int i = 0; i < tableCount; i++)
        {
            ReadOnlySpan<byte> record = data.Slice(12 + (16 * i), 16);
            uint tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            int offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            ReadOnlySpan<byte> table = data.Slice(offset, length);
            switch (tag)
            {
                case 0x68656164: head = table; break;
                case 0x68686561: hhea = table; break;
                case 0x686D7478: hmtx = table; break;
                case 0x6D617870: maxp = table; break;
                case 0x636D6170: cmap = table; break;
                case 0x676C7966: hasGlyf = true; break;
            }
        }

        if (head.IsEmpty || hhea.IsEmpty || hmtx.IsEmpty || maxp.IsEmpty || cmap.IsEmpty || !hasGlyf)
        {
            throw NotReadable(fontName, "a required table (head, hhea, hmtx, maxp, cmap or glyf) is missing");
        }

        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        if (unitsPerEm == 0)
        {
            throw NotReadable(fontName, "its units per em is zero");
        }

        int ascender = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        int descender = Math.Abs((int)BinaryPrimitives.ReadInt16BigEndian(hhea[6..]));
        int lineGap = BinaryPrimitives.ReadInt16BigEndian(hhea[8..]);
        int metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        if (metricCount == 0)
        {
            throw NotReadable(fontName, "it has no horizontal metrics");
        }

        var advances = new ushort[Math.Max(glyphCount, metricCount)];
        for (int g = 0; g < advances.Length; g++)
        {
            advances[g] = g < metricCount
                ? BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * g)..])
                : advances[metricCount - 1];
        }

        var glyphs = new ushort[65536];
        ReadCharacterMap(cmap, glyphs, glyphCount, fontName);
        return new TrueTypeMetrics(unitsPerEm, ascender, descender, lineGap, glyphs, advances);
    }

    private static void ReadCharacterMap(ReadOnlySpan<byte> cmap, ushort[] glyphs, int glyphCount, string fontName)
    {
        int subtableCount = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < subtableCount; i++)
        {
            ReadOnlySpan<byte> record = cmap.Slice(4 + (8 * i), 8);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            int offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]));
            int format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            int rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                bestRank = rank;
                best = offset;
            }
        }

        if (best < 0)
        {
            throw NotReadable(fontName, "it has no Unicode character map");
        }

        ReadOnlySpan<byte> subtable = cmap[best..];
        if (BinaryPrimitives.ReadUInt16BigEndian(subtable) == 4)
        {
            ReadFormat4(subtable, glyphs);
        }
        else
        {
            ReadFormat12(subtable, glyphs);
        }

        for (int c = 0; c < glyphs.Length; c++)
        {
            if (glyphs[c] >= glyphCount)
            {
                glyphs[c] = 0;
            }
        }
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, ushort[] glyphs)
    {
        int segmentCount = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        int endCodes = 14;
        int startCodes = endCodes + (2 * segmentCount) + 2;
        int deltas = startCodes + (2 * segmentCount);
        int rangeOffsets = deltas + (2 * segmentCount);
        for (int s = 0; s < segmentCount; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(endCodes + (2 * s))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(startCodes + (2 * s))..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
            int rangeOffsetPosition = rangeOffsets + (2 * s);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeOffsetPosition..]);
            for (int c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int at = rangeOffsetPosition + rangeOffset + (2 * (c - start));
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                glyphs[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, ushort[] glyphs)
    {
        long groupCount = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (long g = 0; g < groupCount; g++)
        {
            ReadOnlySpan<byte> group = table.Slice(checked((int)(16 + (12 * g))), 12);
            long start = BinaryPrimitives.ReadUInt32BigEndian(group);
            long end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            long firstGlyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (long c = start; c <= end && c < 0xFFFF; c++)
            {
                long glyph = firstGlyph + (c - start);
                glyphs[c] = glyph <= ushort.MaxValue ? (ushort)glyph : (ushort)0;
            }
        }
    }

    private static ArgumentException NotReadable(string fontName, string reason) =>
        new($"The font '{fontName}' cannot be used: {reason}.", nameof(fontName));
}
