using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Tests;

/// <summary>Render to Word, read back: the record comes back equal.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void The_sample_referral_comes_back_equal() =>
        Assert.Equal(SampleCase.Referral, WordFormReader.Read<MaracReferral>(new MemoryStream(RenderedForms.Referral)));

    [Fact]
    public void The_sample_Dash_checklist_comes_back_equal() =>
        Assert.Equal(SampleCase.Dash, WordFormReader.Read<DashChecklist>(new MemoryStream(RenderedForms.Dash)));

    [Fact]
    public void The_sample_sharing_record_comes_back_equal() =>
        Assert.Equal(SampleCase.Sharing, WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(RenderedForms.Sharing)));
}
