namespace Marac.Forms.Word.Tests;

/// <summary>
/// Answers far longer than a page: a risk summary in the label and answer grid and one cell of the sharing log, made of
/// numbered sentences so a reader can tell that none was clipped where a row runs over pages.
/// </summary>
internal static class LongAnswers
{
    internal static IReadOnlyList<string> Sentences(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => prefix + " " + i + " was written down at the review.").ToList();

    internal static IReadOnlyList<string> RiskSummarySentences { get; } = Sentences("Observation", 600);

    internal static IReadOnlyList<string> LegalAuthoritySentences { get; } = Sentences("Ground", 250);

    internal static MaracReferral Referral { get; } = SampleCase.Referral with { RiskSummary = string.Join(" ", RiskSummarySentences) };

    internal static SharingWithoutConsentRecord Sharing { get; } = SampleCase.Sharing with
    {
        SharingLog = ValueList.Of(SampleCase.Sharing.SharingLog[0] with { LegalAuthority = string.Join(" ", LegalAuthoritySentences) }),
    };
}
