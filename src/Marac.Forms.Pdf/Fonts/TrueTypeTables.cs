using System.Buffers.Binary;

namespace Marac.Forms.Pdf.Fonts;

/// <summary>A TrueType file's table directory: where each table starts and how long it is.</summary>
internal sealed class TrueTypeTables
{
    public const uint Cmap = 0x636D6170;
    public const uint Cvt = 0x63767420;
    public const uint Fpgm = 0x6670676D;
    public const uint Glyf = 0x676C7966;
    public const uint Head = 0x68656164;
    public const uint Hhea = 0x68686561;
    public const uint Hmtx = 0x686D7478;
    public const uint Loca = 0x6C6F6361;
    public const uint Maxp = 0x6D617870;
    public const uint Name = 0x6E616D65;
    public const uint Os2 = 0x4F532F32;
    public const uint Post = 0x706F7374;
    public const uint Prep = 0x70726570;

    private readonly Dictionary<uint, (int Offset, int Length)> _tables;

    private TrueTypeTables(Dictionary<uint, (int Offset, int Length)> tables) => _tables = tables;

    /// <summary>Reads the directory; a table that points outside the file is an error.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A table lies outside the file.</exception>
    public static TrueTypeTables Read(byte[] font)
    {
        ReadOnlySpan<byte> data = font;
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(4));
        var tables = new Dictionary<uint, (int, int)>(count);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = data.Slice(12 + (16 * i), 16);
            uint tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            int offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(8)));
            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(12)));
            if (offset < 0 || length < 0 || (long)offset + length > font.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(font));
            }

            tables[tag] = (offset, length);
        }

        return new TrueTypeTables(tables);
    }

    public bool Has(uint tag) => _tables.ContainsKey(tag);

    /// <summary>The table's bytes, or an empty span when the font has no such table.</summary>
    public ReadOnlySpan<byte> Get(byte[] font, uint tag) =>
        _tables.TryGetValue(tag, out var table) ? new ReadOnlySpan<byte>(font, table.Offset, table.Length) : default;
}
