namespace Marac.Forms.Pdf.Tests.Fixtures;

/// <summary>Fictional names in the scripts the bundled fonts cover (no real person is meant).</summary>
internal static class FictionalPeople
{
    public static readonly string[] Names =
    [
        "Zofia Wiśniewska-Łęcka",
        "Grzegorz Żółkiewski",
        "Ayşe Yılmaz",
        "İbrahim Çağlar Öztürk",
        "Gülşen Doğan",
        "Ελένη Παπαδοπούλου",
        "Νικόλαος Γεωργίου",
        "Ольга Кузнецова",
        "Дмитрий Соколов",
        "Оксана Їжакевич",
        "Nguyễn Thị Thuỷ",
        "Trần Văn Đức",
        "Phạm Ngọc Ánh",
        "Gwenllïan ap Rhŷs",
        "Siân Llŵyd",
        "Dafydd Ŵyn Jones",
    ];

    /// <summary>Names typed with combining marks (decomposed), as some keyboards and systems send them; printed as their composed forms.</summary>
    public static readonly string[] DecomposedNames =
    [
        "Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031Bng",
        "Tra\u0302\u0300n Va\u0306n Đu\u031B\u0301c",
        "Gwenlli\u0308an Llwy\u0302d",
        "Zo\u0301fia Wis\u0301niewska",
    ];

    /// <summary>Fictional names in the scripts drawn with the bundled Noto fonts, shaped by HarfBuzz, with the script each is in.</summary>
    public static readonly (string Script, string Name)[] ShapedNames =
    [
        ("Arabic", "فاطمة الزهراء"),
        ("Arabic", "يوسف العبيدي"),
        ("Urdu", "عائشہ قریشی"),
        ("Hebrew", "נועה בן־דוד"),
        ("Bengali", "সুমাইয়া রহমান"),
        ("Gurmukhi", "ਹਰਪ੍ਰੀਤ ਕੌਰ"),
        ("Devanagari", "प्रिया शर्मा"),
        ("Tamil", "கவிதா சுப்பிரமணியம்"),
    ];

    /// <summary>A fictional Arabic name: right to left, joined by the shaper.</summary>
    public const string ArabicName = "فاطمة الزهراء";

    /// <summary>A fictional Chinese name: drawn only with a configured fallback font.</summary>
    public const string ChineseName = "王秀英";
}
