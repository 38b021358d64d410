namespace Marac.Forms.Pdf.Text.Bidi;

/// <summary>The bidirectional type of each code point, from the table generated out of UnicodeData.txt.</summary>
internal static partial class BidiClasses
{
    public static BidiClass Of(int codePoint)
    {
        if ((uint)codePoint < 256)
        {
            return Latin1Classes.Table[codePoint];
        }

        int lo = 0;
        int hi = RangeStarts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (RangeStarts[mid] <= codePoint)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (BidiClass)RangeClasses[lo];
    }

    /// <summary>True for the types that can make text right to left (strong R and AL, Arabic numbers, and the explicit controls).</summary>
    public static bool CanBeRightToLeft(BidiClass type) =>
        type is BidiClass.R or BidiClass.AL or BidiClass.AN or BidiClass.RLE or BidiClass.RLO or BidiClass.RLI or BidiClass.FSI or BidiClass.LRE or BidiClass.LRO or BidiClass.LRI;

    private static BidiClass[] BuildLatin1Table()
    {
        var table = new BidiClass[256];
        for (int c = 0; c < 256; c++)
        {
            table[c] = Search(c);
        }

        return table;
    }

    private static BidiClass Search(int codePoint)
    {
        int i = Array.BinarySearch(RangeStarts, codePoint);
        return (BidiClass)RangeClasses[i >= 0 ? i : ~i - 1];
    }

    // A nested class, so that the table is built after the generated ranges it reads from.
    private static class Latin1Classes
    {
        public static readonly BidiClass[] Table = BuildLatin1Table();
    }
}
