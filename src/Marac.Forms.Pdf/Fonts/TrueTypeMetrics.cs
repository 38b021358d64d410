using System.Buffers.Binary;

namespace Marac.Forms.Pdf.Fonts;

/// <summary>
/// The facts the layout and the PDF writer need from a TrueType font: which characters it maps to
/// a glyph (every plane, from cmap format 4 or 12), each glyph's advance width, the vertical
/// metrics, the values of the PDF font descriptor, and where its tables are for subsetting. Read
/// straight from the font's tables.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _glyphOfBmpChar;
    private readonly Dictionary<int, ushort>? _glyphOfSupplementaryChar;
    private readonly ushort[] _advanceOfGlyph;

    private TrueTypeMetrics(TrueTypeTables tables, ushort[] glyphOfBmpChar, Dictionary<int, ushort>? glyphOfSupplementaryChar, ushort[] advanceOfGlyph)
    {
        Tables = tables;
        _glyphOfBmpChar = glyphOfBmpChar;
        _glyphOfSupplementaryChar = glyphOfSupplementaryChar;
        _advanceOfGlyph = advanceOfGlyph;
    }

    /// <summary>Where each table is in the file.</summary>
    public TrueTypeTables Tables { get; }

    /// <summary>Font design units per em.</summary>
    public int UnitsPerEm { get; private init; }

    /// <summary>Height above the baseline, in design units.</summary>
    public int Ascender { get; private init; }

    /// <summary>Depth below the baseline, in design units (positive).</summary>
    public int Descender { get; private init; }

    /// <summary>Extra gap between lines, in design units.</summary>
    public int LineGap { get; private init; }

    /// <summary>Number of glyphs in the font.</summary>
    public int GlyphCount { get; private init; }

    /// <summary>The bounding box of all glyphs (xMin, yMin, xMax, yMax), in design units.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; private init; }

    /// <summary>Italic angle in degrees, counter-clockwise from vertical (negative for a forward slant).</summary>
    public double ItalicAngle { get; private init; }

    /// <summary>Height of flat capital letters, in design units.</summary>
    public int CapHeight { get; private init; }

    /// <summary>Weight class from the OS/2 table (400 regular, 700 bold).</summary>
    public int WeightClass { get; private init; }

    /// <summary>True when loca holds 32-bit offsets.</summary>
    public bool LongLocaOffsets { get; private init; }

    /// <summary>The PostScript name from the name table, or null.</summary>
    public string? PostScriptName { get; private init; }

    /// <summary>True when the font maps the character to a real glyph.</summary>
    public bool HasGlyph(int codePoint) => GlyphOf(codePoint) != 0;

    /// <summary>The glyph the font's character map gives the character, or 0 (.notdef).</summary>
    public int GlyphOf(int codePoint)
    {
        if ((uint)codePoint < 0x10000)
        {
            return _glyphOfBmpChar[codePoint];
        }

        return _glyphOfSupplementaryChar is not null && _glyphOfSupplementaryChar.TryGetValue(codePoint, out ushort glyph) ? glyph : 0;
    }

    /// <summary>A glyph's advance width in design units.</summary>
    public int AdvanceOfGlyph(int glyph) => _advanceOfGlyph[glyph < _advanceOfGlyph.Length ? glyph : _advanceOfGlyph.Length - 1];

    /// <summary>The character's advance as a fraction of the em.</summary>
    public double AdvanceInEm(int codePoint) => (double)AdvanceOfGlyph(GlyphOf(codePoint)) / UnitsPerEm;

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
        catch (OverflowException)
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
            throw NotReadable(fontName, "it has PostScript (CFF) outlines, which Marac.Forms.Pdf does not embed; pass a TrueType-outline .ttf font");
        }

        if (version != 0x00010000 && version != 0x74727565)
        {
            throw NotReadable(fontName, "it is not a TrueType font");
        }

        var tables = TrueTypeTables.Read(font);
        ReadOnlySpan<byte> head = tables.Get(font, TrueTypeTables.Head);
        ReadOnlySpan<byte> hhea = tables.Get(font, TrueTypeTables.Hhea);
        ReadOnlySpan<byte> hmtx = tables.Get(font, TrueTypeTables.Hmtx);
        ReadOnlySpan<byte> maxp = tables.Get(font, TrueTypeTables.Maxp);
        ReadOnlySpan<byte> cmap = tables.Get(font, TrueTypeTables.Cmap);
        if (head.Length < 54 || hhea.Length < 36 || hmtx.IsEmpty || maxp.Length < 6 || cmap.IsEmpty || !tables.Has(TrueTypeTables.Glyf) || !tables.Has(TrueTypeTables.Loca))
        {
            throw NotReadable(fontName, "a required table (head, hhea, hmtx, maxp, cmap, loca or glyf) is missing");
        }

        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.Slice(18));
        if (unitsPerEm == 0)
        {
            throw NotReadable(fontName, "its units per em is zero");
        }

        int metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.Slice(34));
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.Slice(4));
        if (metricCount == 0)
        {
            throw NotReadable(fontName, "it has no horizontal metrics");
        }

        var advances = new ushort[Math.Max(glyphCount, metricCount)];
        for (int g = 0; g < advances.Length; g++)
        {
            advances[g] = g < metricCount
                ? BinaryPrimitives.ReadUInt16BigEndian(hmtx.Slice(4 * g))
                : advances[metricCount - 1];
        }

        var glyphs = new ushort[65536];
        Dictionary<int, ushort>? supplementary = ReadCharacterMap(cmap, glyphs, glyphCount, fontName);

        ReadOnlySpan<byte> post = tables.Get(font, TrueTypeTables.Post);
        ReadOnlySpan<byte> os2 = tables.Get(font, TrueTypeTables.Os2);
        int ascender = BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(4));
        return new TrueTypeMetrics(tables, glyphs, supplementary, advances)
        {
            UnitsPerEm = unitsPerEm,
            Ascender = ascender,
            Descender = Math.Abs((int)BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(6))),
            LineGap = BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(8)),
            GlyphCount = glyphCount,
            BoundingBox = (
                BinaryPrimitives.ReadInt16BigEndian(head.Slice(36)),
                BinaryPrimitives.ReadInt16BigEndian(head.Slice(38)),
                BinaryPrimitives.ReadInt16BigEndian(head.Slice(40)),
                BinaryPrimitives.ReadInt16BigEndian(head.Slice(42))),
            LongLocaOffsets = BinaryPrimitives.ReadInt16BigEndian(head.Slice(50)) != 0,
            ItalicAngle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post.Slice(4)) / 65536.0 : 0,
            WeightClass = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2.Slice(4)) : 400,
            CapHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? BinaryPrimitives.ReadInt16BigEndian(os2.Slice(88)) : ascender,
            PostScriptName = ReadPostScriptName(tables.Get(font, TrueTypeTables.Name)),
        };
    }

    private static Dictionary<int, ushort>? ReadCharacterMap(ReadOnlySpan<byte> cmap, ushort[] glyphs, int glyphCount, string fontName)
    {
        int subtableCount = BinaryPrimitives.ReadUInt16BigEndian(cmap.Slice(2));
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < subtableCount; i++)
        {
            ReadOnlySpan<byte> record = cmap.Slice(4 + (8 * i), 8);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(record.Slice(2));
            int offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(4)));
            int format = BinaryPrimitives.ReadUInt16BigEndian(cmap.Slice(offset));
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

        ReadOnlySpan<byte> subtable = cmap.Slice(best);
        Dictionary<int, ushort>? supplementary = null;
        if (BinaryPrimitives.ReadUInt16BigEndian(subtable) == 4)
        {
            ReadFormat4(subtable, glyphs);
        }
        else
        {
            supplementary = ReadFormat12(subtable, glyphs, glyphCount);
        }

        for (int c = 0; c < glyphs.Length; c++)
        {
            if (glyphs[c] >= glyphCount)
            {
                glyphs[c] = 0;
            }
        }

        return supplementary;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, ushort[] glyphs)
    {
        int segmentCount = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(6)) / 2;
        int endCodes = 14;
        int startCodes = endCodes + (2 * segmentCount) + 2;
        int deltas = startCodes + (2 * segmentCount);
        int rangeOffsets = deltas + (2 * segmentCount);
        for (int s = 0; s < segmentCount; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(endCodes + (2 * s)));
            int start = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(startCodes + (2 * s)));
            int delta = BinaryPrimitives.ReadInt16BigEndian(table.Slice(deltas + (2 * s)));
            int rangeOffsetPosition = rangeOffsets + (2 * s);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(rangeOffsetPosition));
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
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(at));
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                glyphs[c] = (ushort)glyph;
            }
        }
    }

    private static Dictionary<int, ushort>? ReadFormat12(ReadOnlySpan<byte> table, ushort[] glyphs, int glyphCount)
    {
        Dictionary<int, ushort>? supplementary = null;
        long groupCount = BinaryPrimitives.ReadUInt32BigEndian(table.Slice(12));
        for (long g = 0; g < groupCount; g++)
        {
            ReadOnlySpan<byte> group = table.Slice(checked((int)(16 + (12 * g))), 12);
            long start = BinaryPrimitives.ReadUInt32BigEndian(group);
            long end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group.Slice(4)), 0x10FFFF);
            long firstGlyph = BinaryPrimitives.ReadUInt32BigEndian(group.Slice(8));
            for (long c = start; c <= end; c++)
            {
                long glyph = firstGlyph + (c - start);
                ushort value = glyph < glyphCount ? (ushort)glyph : (ushort)0;
                if (c < 0xFFFF)
                {
                    glyphs[c] = value;
                }
                else if (c > 0xFFFF && value != 0)
                {
                    (supplementary ??= []).Add((int)c, value);
                }
            }
        }

        return supplementary;
    }

    private static string? ReadPostScriptName(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
        {
            return null;
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(name.Slice(2));
        int storage = BinaryPrimitives.ReadUInt16BigEndian(name.Slice(4));
        for (int i = 0; i < count && 6 + (12 * (i + 1)) <= name.Length; i++)
        {
            ReadOnlySpan<byte> record = name.Slice(6 + (12 * i), 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(record.Slice(6));
            int length = BinaryPrimitives.ReadUInt16BigEndian(record.Slice(8));
            int offset = BinaryPrimitives.ReadUInt16BigEndian(record.Slice(10));
            if (nameId != 6 || storage + offset + length > name.Length)
            {
                continue;
            }

            ReadOnlySpan<byte> text = name.Slice(storage + offset, length);
            var chars = new char[platform == 1 ? length : length / 2];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = platform == 1 ? (char)text[c] : (char)BinaryPrimitives.ReadUInt16BigEndian(text.Slice(2 * c));
            }

            return PdfNameSafe(new string(chars));
        }

        return null;
    }

    // A PostScript name is printable ASCII without PDF delimiters; anything else is dropped.
    private static string? PdfNameSafe(string name)
    {
        var kept = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c > ' ' && c < 0x7F && "()<>[]{}/%#".IndexOf(c) < 0)
            {
                kept.Append(c);
            }
        }

        return kept.Length > 0 ? kept.ToString() : null;
    }

    private static ArgumentException NotReadable(string fontName, string reason) =>
        new($"The font '{fontName}' cannot be used: {reason}.", nameof(fontName));
}
