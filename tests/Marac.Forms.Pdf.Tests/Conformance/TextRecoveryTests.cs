using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Reads rendered PDFs back with poppler's pdftotext: nothing lost, furniture on every page.</summary>
public sealed class TextRecoveryTests : IClassFixture<RenderedSamples>
{
    private readonly RenderedSamples _samples;

    public TextRecoveryTests(RenderedSamples samples) => _samples = samples;

    [ConformanceFact]
    public void Every_populated_value_of_the_referral_is_recovered()
    {
        RenderedPdf pdf = _samples.Referral;
        string body = pdf.NormalisedBody();
        var missing = DocumentValues.Populated(pdf.Document)
            .Where(v => !body.Contains(ExtractedText.Normalise(v.Printed), StringComparison.Ordinal))
            .Select(v => v.Path + " = " + v.Printed)
            .ToList();
        Assert.True(missing.Count == 0, "Not found in pdftotext output: " + string.Join("; ", missing));
        Assert.True(DocumentValues.Populated(pdf.Document).Count() > 80);
    }
}
