namespace Marac.Forms.Pdf.Tests.Fixtures;

/// <summary>Fictional names in the scripts the bundled font covers (no real person is meant).</summary>
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

    /// <summary>A fictional Arabic name: right to left, which the PDF renderer refuses.</summary>
    public const string ArabicName = "فاطمة الزهراء";

    /// <summary>A fictional Chinese name: drawn only with a configured fallback font.</summary>
    public const string ChineseName = "王秀英";
}
