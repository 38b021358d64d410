using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>The sample documents, each rendered once and shared by the conformance tests.</summary>
public sealed class RenderedSamples
{
    private readonly Lazy<RenderedPdf> _referral = new(() => RenderedPdf.Render(SampleDocuments.CompletedReferral(extraNames: FictionalPeople.Names)));
    private readonly Lazy<RenderedPdf> _longComment = new(() => RenderedPdf.Render(SampleDocuments.CompletedReferral(childCount: 2, longComment: SampleDocuments.LongComment(50_000))));
    private readonly Lazy<RenderedPdf> _blank = new(() => RenderedPdf.Render(SampleDocuments.BlankReferral()));

    internal RenderedPdf Referral => _referral.Value;

    internal RenderedPdf LongComment => _longComment.Value;

    internal RenderedPdf Blank => _blank.Value;

    internal IEnumerable<RenderedPdf> All => [Referral, LongComment, Blank];
}
