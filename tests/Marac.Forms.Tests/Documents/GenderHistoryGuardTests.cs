using Marac.Forms.DataProtection;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Documents;

/// <summary>Gender history goes on a printed form only with the Gender Recognition Act 2004 s.22 exemption recorded beside it.</summary>
public sealed class GenderHistoryGuardTests
{
    public static TheoryData<bool?, string?> Unprotected => new()
    {
        { true, null },
        { null, "Details relevant to the victim's safety" },
        { true, "Details relevant to the victim's safety" },
    };

    [Theory]
    [MemberData(nameof(Unprotected))]
    public void Gender_history_without_its_exemption_is_not_printed(bool? hasHistory, string? details)
    {
        var referral = WithDiversity(new DiversityAndNeeds { HasGenderHistory = hasHistory, GenderHistoryDetails = details });

        var refused = Assert.Throws<DisclosureRefusedException>(() => FormDocumentBuilder.Build(referral));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("victim.diversity.genderHistoryExemption", problem.Path);
        Assert.Contains("s.22", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Details relevant", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null, GenderRecognitionExemption.None)]
    [InlineData(null, null, GenderRecognitionExemption.None)]
    [InlineData(true, "Details relevant to the victim's safety", GenderRecognitionExemption.PersonAgreed)]
    public void A_form_without_gender_history_or_with_its_exemption_prints(bool? hasHistory, string? details, GenderRecognitionExemption exemption)
    {
        var referral = WithDiversity(new DiversityAndNeeds { HasGenderHistory = hasHistory, GenderHistoryDetails = details, GenderHistoryExemption = exemption });

        var document = FormDocumentBuilder.Build(referral);

        Assert.NotEmpty(document.Sections);
    }

    private static MaracReferral WithDiversity(DiversityAndNeeds diversity) =>
        new() { Victim = new VictimDetails { Name = new PersonName { GivenNames = "Rowan" }, Diversity = diversity } };
}
