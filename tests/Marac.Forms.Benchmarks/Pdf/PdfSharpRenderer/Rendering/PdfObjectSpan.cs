namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>
/// One indirect object of a PDF file as written by PDFsharp without compression: the object's text
/// around its stream (Latin-1, one char per byte) and the raw stream data, if any.
/// </summary>
/// <param name="Number">Object number.</param>
/// <param name="Generation">Generation number.</param>
/// <param name="Head">Everything from "N G obj" to the end of the dictionary (and the rest of a stream-less object).</param>
/// <param name="StreamData">The stream's bytes (a slice of the file, not a copy), or null.</param>
/// <param name="LengthValueStart">Offset in <paramref name="Head"/> of the /Length value, or -1.</param>
/// <param name="LengthValueEnd">End of the /Length value in <paramref name="Head"/>, or -1.</param>
/// <param name="DictionaryStart">Offset in <paramref name="Head"/> just after the dictionary's opening "&lt;&lt;", or -1.</param>
/// <param name="HasFilter">True when the dictionary already names a filter.</param>
/// <param name="IsMetadata">True for an XMP metadata stream, which stays uncompressed so tools can read it.</param>
/// <param name="SubsetTagOffsets">Offsets in <paramref name="Head"/> of font subset tags (the six letters of a /BaseFont or /FontName value such as /ABCDEF+DejaVu).</param>
internal sealed record PdfObjectSpan(
    int Number,
    int Generation,
    string Head,
    ReadOnlyMemory<byte>? StreamData,
    int LengthValueStart,
    int LengthValueEnd,
    int DictionaryStart,
    bool HasFilter,
    bool IsMetadata,
    IReadOnlyList<int> SubsetTagOffsets);
