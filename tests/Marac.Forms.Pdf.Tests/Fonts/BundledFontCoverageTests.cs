using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Tests.Fonts;

/// <summary>The bundled faces cover the alphabets the issue names, in every style the layout uses.</summary>
public sealed class BundledFontCoverageTests
{
    public static TheoryData<string, string> Alphabets => new()
    {
        { "English", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:'\"!?()/-&£€@" },
        { "Polish", "ĄąĆćĘęŁłŃńÓóŚśŹźŻż" },
        { "Turkish", "ÇçĞğİıÖöŞşÜü" },
        { "Vietnamese", "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ" },
        { "Welsh", "ÂâÊêÎîÔôÛûŴŵŶŷÁáÀàÄäÏïẀẁẂẃẄẅỲỳŸÿ" },
        { "Greek", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ" },
        { "Cyrillic", "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІіЇїЄєҐґЎўЈјЉљЊњЋћЏџ" },
        { "tick boxes", "\u2610\u2612" },
    };

    [Theory]
    [MemberData(nameof(Alphabets))]
    public void Every_letter_is_drawn_by_every_face(string alphabet, string letters)
    {
        BundledFaces faces = FontRegistry.BundledFaces;
        foreach (FontFace face in new[] { faces.Regular, faces.Bold, faces.Italic })
        {
            var missing = letters.Where(c => !face.Metrics.HasGlyph(c)).ToArray();
            Assert.True(missing.Length == 0, $"{face.FaceName} lacks {alphabet}: {new string(missing)}");
        }
    }

    [Fact]
    public void Widths_come_from_the_font()
    {
        TrueTypeMetrics regular = FontRegistry.BundledFaces.Regular.Metrics;
        Assert.Equal(2048, regular.UnitsPerEm);
        Assert.True(regular.AdvanceInEm('W') > regular.AdvanceInEm('i'));
        Assert.True(FontRegistry.BundledFaces.Bold.Metrics.AdvanceInEm('a') > regular.AdvanceInEm('a'));
        Assert.False(regular.HasGlyph('\u738B'));
    }

    [Fact]
    public void A_file_that_is_not_a_truetype_font_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => PdfFallbackFont.FromBytes("notes.txt", "plain text, not a font"u8.ToArray()));
        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
        var collection = new byte[64];
        "ttcf"u8.CopyTo(collection);
        Assert.Contains("collection", Assert.Throws<ArgumentException>(() => PdfFallbackFont.FromBytes("cjk.ttc", collection)).Message, StringComparison.Ordinal);
    }
}
