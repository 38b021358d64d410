namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>The external programs the PDF conformance tests read output back with.</summary>
internal static class PdfTools
{
    internal const string PdfToText = "pdftotext";

    internal const string PdfInfo = "pdfinfo";

    internal const string Qpdf = "qpdf";

    internal const string PdfToPpm = "pdftoppm";

    internal const string Mutool = "mutool";

    internal const string HbShape = "hb-shape";
}
