namespace Marac.Forms.Pdf.Fonts;

/// <summary>
/// Which code points belong to a script with its own bundled Noto family, and the file names of
/// each family. The ranges are the Unicode blocks of each script; the Devanagari dandas, which the
/// other Indic scripts share, count as punctuation and stay in the font of the text around them.
/// </summary>
internal static class ScriptFamilies
{
    public const int Count = 6;

    private static readonly (int First, int Last, ScriptFamily Family)[] Blocks =
    [
        (0x0590, 0x05FF, ScriptFamily.Hebrew),
        (0x0600, 0x06FF, ScriptFamily.Arabic),
        (0x0750, 0x077F, ScriptFamily.Arabic),
        (0x0870, 0x08FF, ScriptFamily.Arabic),
        (0x0900, 0x0963, ScriptFamily.Devanagari),
        (0x0966, 0x097F, ScriptFamily.Devanagari),
        (0x0980, 0x09FF, ScriptFamily.Bengali),
        (0x0A00, 0x0A7F, ScriptFamily.Gurmukhi),
        (0x0B80, 0x0BFF, ScriptFamily.Tamil),
        (0xA8E0, 0xA8FF, ScriptFamily.Devanagari),
        (0xFB1D, 0xFB4F, ScriptFamily.Hebrew),
        (0xFB50, 0xFDFF, ScriptFamily.Arabic),
        (0xFE70, 0xFEFE, ScriptFamily.Arabic),
    ];

    /// <summary>The family whose script the code point belongs to, or null.</summary>
    public static ScriptFamily? Of(int codePoint)
    {
        if (codePoint < 0x0590 || codePoint > 0xFEFE)
        {
            return null;
        }

        foreach (var block in Blocks)
        {
            if (codePoint < block.First)
            {
                return null;
            }

            if (codePoint <= block.Last)
            {
                return block.Family;
            }
        }

        return null;
    }

    /// <summary>The regular and bold font files of a family (scripts without italics use the regular face for italic text).</summary>
    public static (string Regular, string Bold) Files(ScriptFamily family) => family switch
    {
        ScriptFamily.Arabic => ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
        ScriptFamily.Hebrew => ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        ScriptFamily.Bengali => ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
        ScriptFamily.Gurmukhi => ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"),
        ScriptFamily.Devanagari => ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
        _ => ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    };
}
