namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;

/// <summary>Where a piece of text comes from, for error messages.</summary>
/// <param name="Location">For example "the value of field victim.name.givenNames" or "the heading of section 'victim'".</param>
/// <param name="FieldPath">The record member's path for values, otherwise null.</param>
internal readonly record struct TextSource(string Location, string? FieldPath)
{
    public static TextSource Value(string path) => new("the value of field " + path, path);

    public static TextSource Wording(string what) => new(what, null);
}
