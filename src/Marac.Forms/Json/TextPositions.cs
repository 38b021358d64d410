namespace Marac.Forms.Json;

/// <summary>Turns byte offsets in UTF-8 JSON into the 1-based line and column a person sees in an editor.</summary>
/// <remarks>Lines end at "\n", as the JSON reader counts them. Columns count characters (Unicode scalar values), not bytes.</remarks>
internal sealed class TextPositions
{
    private readonly ReadOnlyMemory<byte> utf8;
    private List<int>? lineStarts;

    internal TextPositions(ReadOnlyMemory<byte> utf8) => this.utf8 = utf8;

    /// <summary>The line and column of the character at <paramref name="offset"/> (or just past the end).</summary>
    internal (int Line, int Column) At(long offset)
    {
        var starts = LineStarts();
        var clamped = (int)Math.Max(0, Math.Min(offset, utf8.Length));
        var line = starts.BinarySearch(clamped);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var bytes = utf8.Span;
        var column = 1;
        for (var i = starts[line]; i < clamped; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line + 1, column);
    }

    /// <summary>The byte offset of a position the JSON reader reports as a 0-based line and a byte position in it.</summary>
    internal long OffsetOf(long lineNumber, long bytePositionInLine)
    {
        var starts = LineStarts();
        var line = (int)Math.Max(0, Math.Min(lineNumber, starts.Count - 1));
        return Math.Min(starts[line] + bytePositionInLine, utf8.Length);
    }

    private List<int> LineStarts()
    {
        if (lineStarts is null)
        {
            var starts = new List<int> { 0 };
            var bytes = utf8.Span;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts = starts;
        }

        return lineStarts;
    }
}
