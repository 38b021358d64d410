namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>A PDF file split into its parts by <see cref="PdfFileReader"/>.</summary>
/// <param name="Header">The bytes before the first object (version line and binary marker).</param>
/// <param name="Objects">The indirect objects in file order.</param>
/// <param name="Size">The cross-reference table's object count.</param>
/// <param name="TrailerDictionary">The trailer dictionary's text.</param>
internal sealed record PdfFile(byte[] Header, IReadOnlyList<PdfObjectSpan> Objects, int Size, string TrailerDictionary);
