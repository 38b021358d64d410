using Marac.Forms.TestData.Conformance;
namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>
/// A test that needs a system font file as a fallback font (for example Droid Sans Fallback for
/// Chinese). Skipped with the install line when the file is missing, unless MARAC_CONFORMANCE=required.
/// </summary>
public sealed class TestFontsFactAttribute : FactAttribute
{
    public TestFontsFactAttribute()
    {
        if (!File.Exists(TestFonts.DroidSansFallback) && !ExternalTools.IsRequired)
        {
            Skip = "Needs " + TestFonts.DroidSansFallback + ": sudo apt-get install -y fonts-droid-fallback";
        }
        else if (ExternalTools.MissingReason(new[] { PdfTools.PdfToText }) is not null && !ExternalTools.IsRequired)
        {
            Skip = "Needs pdftotext: sudo apt-get install -y poppler-utils";
        }
    }
}
