namespace Marac.Forms.Pdf.Text.Bidi;

/// <summary>Paired brackets (Bidi_Paired_Bracket and Bidi_Paired_Bracket_Type) for rule N0.</summary>
internal static partial class BidiBrackets
{
    /// <summary>The closing partner of an opening bracket, or -1.</summary>
    public static int ClosingOf(int codePoint)
    {
        int lo = 0;
        int hi = Pairs.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int open = Pairs[mid].Open;
            if (open == codePoint)
            {
                return Canonical(Pairs[mid].Close);
            }

            if (open < codePoint)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>True when the code point closes a pair.</summary>
    public static bool IsClosing(int codePoint)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Close == codePoint)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The angle brackets U+2329 and U+232A are canonically the same as U+3008 and U+3009; N0 matches them as equal.</summary>
    public static int Canonical(int codePoint) => codePoint switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => codePoint,
    };
}
