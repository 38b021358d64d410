namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>The external programs the Word conformance tests read documents back with.</summary>
internal static class WordTools
{
    internal const string Soffice = "soffice";

    internal const string PdfToText = "pdftotext";

    internal const string PdfInfo = "pdfinfo";

    internal const string PdfFonts = "pdffonts";
}
