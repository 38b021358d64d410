using System.Reflection;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using PdfSharp;

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
        ForgetLicenceChoice();
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => new PdfRenderer().Render(SampleDocuments.BlankReferral()));
            Assert.Contains("PdfSharpLicense", error.Message, StringComparison.Ordinal);
            Assert.Contains("either the AGPL-3.0", error.Message, StringComparison.Ordinal);
            Assert.Contains("commercial licence key", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Licensing.Accept();
        }

        Assert.NotEmpty(new PdfRenderer().Render(SampleDocuments.BlankReferral()));
    }

    [Fact]
    public void The_library_never_chooses_a_licence_itself()
    {
        ForgetLicenceChoice();
        try
        {
            Assert.Throws<InvalidOperationException>(() => new PdfRenderer().Render(SampleDocuments.BlankReferral()));
            Assert.Throws<InvalidOperationException>(() => new PdfRenderer().Render(SampleDocuments.BlankReferral()));
        }
        finally
        {
            Licensing.Accept();
        }
    }

    // PDFsharp keeps its reset internal; a test host is the only place that needs it.
    private static void ForgetLicenceChoice()
    {
        MethodInfo reset = typeof(PdfSharpLicense).GetMethod("ResetLicense", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new InvalidOperationException("PDFsharp no longer has PdfSharpLicense.ResetLicense; this test needs another way to forget the licence choice.");
        reset.Invoke(null, null);
    }
}
