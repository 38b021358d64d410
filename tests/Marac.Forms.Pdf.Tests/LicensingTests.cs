using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;

namespace Marac.Forms.Pdf.Tests;

[CollectionDefinition(nameof(ProcessWideLicence), DisableParallelization = true)]
public sealed class ProcessWideLicence
{
}

/// <summary>The licence choice is the host's: without it nothing renders. Runs alone because the choice is process-wide.</summary>
[Collection(nameof(ProcessWideLicence))]
public sealed class LicensingTests
{
    [Fact]
    public void Rendering_without_a_licence_choice_fails_naming_both_options()
    {
        PdfLicensing.ForgetForTests();
        try
        {
            Assert.False(PdfLicensing.IsConfigured);
            var error = Assert.Throws<InvalidOperationException>(() => new PdfRenderer().Render(SampleDocuments.BlankReferral()));
            Assert.Contains("PdfLicensing.UseAgpl()", error.Message, StringComparison.Ordinal);
            Assert.Contains("PdfLicensing.UseLicenseKey(key)", error.Message, StringComparison.Ordinal);
            Assert.Contains("AGPL-3.0", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Licensing.Accept();
        }

        Assert.True(PdfLicensing.IsConfigured);
        Assert.NotEmpty(new PdfRenderer().Render(SampleDocuments.BlankReferral()));
    }
}
