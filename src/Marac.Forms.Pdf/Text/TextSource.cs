namespace Marac.Forms.Pdf.Text;

/// <summary>Where a piece of text comes from, for error messages, and whether it is the form's own wording.</summary>
/// <param name="Location">For example "the value of field victim.name.givenNames" or "the heading of section 'victim'".</param>
/// <param name="FieldPath">The record member's path for values, otherwise null.</param>
/// <param name="IsFormWording">
/// True for wording the form definition alone gives (titles, headings, labels, help, column headers),
/// the same in every document of the form, so its shaping may be kept for later documents. Never
/// true for text a record fills in or decides (values, ticked options, scores, dates).
/// </param>
internal readonly record struct TextSource(string Location, string? FieldPath, bool IsFormWording = false)
{
    public static TextSource Value(string path) => new("the value of field " + path, path);

    /// <summary>Wording that may carry something of the record (the review date, ticked options, a score), kept to its document.</summary>
    public static TextSource Wording(string what) => new(what, null);

    /// <summary>Wording from the form definition alone.</summary>
    public static TextSource FormWording(string what) => new(what, null, IsFormWording: true);
}
