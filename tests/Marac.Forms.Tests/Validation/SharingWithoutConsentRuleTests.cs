using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.Validation;

/// <summary>A record of sharing without consent cannot rest on consent, and records why consent is not in place (seed 002 §4.2).</summary>
public sealed class SharingWithoutConsentRuleTests
{
    private static readonly ValidationOptions Options = ValidForms.Options;

    private static SharingWithoutConsentRecord Valid => ValidForms.Sharing();

    public static TheoryData<string, SharingWithoutConsentRecord, SharingWithoutConsentRecord, string> Rules() => new()
    {
        {
            "Not Article 6(1)(a) consent",
            Valid with { CurrentLawBasis = Valid.CurrentLawBasis with { Article6 = Article6Basis.Consent } },
            Valid,
            "currentLawBasis.article6"
        },
        {
            "Not Article 9(2)(a) explicit consent",
            Valid with { CurrentLawBasis = Valid.CurrentLawBasis with { Article9 = Article9Condition.ExplicitConsent, Schedule1 = Schedule1Condition.None } },
            Valid,
            "currentLawBasis.article9"
        },
        {
            "Not Schedule 1 paragraph 29 consent for offence data",
            Valid with { SensitiveDataShared = ValueList.Of(DisclosedDataCategory.CriminalOffences), CurrentLawBasis = Valid.CurrentLawBasis with { Article10 = Schedule1Condition.Consent } },
            Valid with { SensitiveDataShared = ValueList.Of(DisclosedDataCategory.CriminalOffences), CurrentLawBasis = Valid.CurrentLawBasis with { Article10 = Schedule1Condition.PreventingOrDetectingUnlawfulActs } },
            "currentLawBasis.article10"
        },
        {
            "Not DPA 2018 s.35(2)(a) consent",
            Valid with { CurrentLawBasis = LawfulBasis.ForLawEnforcement(LawEnforcementBasis.Consent, "r", "e", "u") },
            Valid with { CurrentLawBasis = LawfulBasis.ForLawEnforcement(LawEnforcementBasis.NecessaryForLawEnforcementTask, "r", "e", "u") },
            "currentLawBasis.section35"
        },
        {
            "Article 9(2)(c) only where the victim is incapable of consenting, not where she refused",
            Valid with { ConsentPosition = ConsentPosition.Refused, ReasonsConsentNotSought = default, CurrentLawBasis = Valid.CurrentLawBasis with { Article6 = Article6Basis.VitalInterests, Article9 = Article9Condition.VitalInterests, Schedule1 = Schedule1Condition.None } },
            Valid with { ConsentPosition = ConsentPosition.UnableToConsent, ReasonsConsentNotSought = default, CurrentLawBasis = Valid.CurrentLawBasis with { Article6 = Article6Basis.VitalInterests, Article9 = Article9Condition.VitalInterests, Schedule1 = Schedule1Condition.None } },
            "consentPosition"
        },
        {
            "Schedule 1 paragraph 30 likewise",
            Valid with { SensitiveDataShared = ValueList.Of(DisclosedDataCategory.CriminalOffences), CurrentLawBasis = Valid.CurrentLawBasis with { Article10 = Schedule1Condition.VitalInterestsForOffenceData } },
            Valid with { ConsentPosition = ConsentPosition.UnableToConsent, ReasonsConsentNotSought = default, SensitiveDataShared = ValueList.Of(DisclosedDataCategory.CriminalOffences), CurrentLawBasis = Valid.CurrentLawBasis with { Article10 = Schedule1Condition.VitalInterestsForOffenceData } },
            "consentPosition"
        },
        {
            "Consent not sought: say what asking would have done (seed 002 §4.2.4)",
            Valid with { ReasonsConsentNotSought = default },
            Valid with { ReasonsConsentNotSought = ValueList.Of(ConsentNotSoughtReason.WouldPrejudicePreventingOrDetectingCrime, ConsentNotSoughtReason.WouldDelayEnquiriesIntoSignificantHarm) },
            "reasonsConsentNotSought"
        },
        {
            "Reasons for not asking only where consent was not sought",
            Valid with { ConsentPosition = ConsentPosition.Refused },
            Valid with { ConsentPosition = ConsentPosition.Refused, ReasonsConsentNotSought = default },
            "reasonsConsentNotSought"
        },
        {
            "The sharing agency is named",
            Valid with { SharingAgency = new Agency() },
            Valid,
            "sharingAgency.name"
        },
        {
            "Immigration status to a non-attending agency in the sharing log needs the MARAC's agreement",
            Valid with { SensitiveDataShared = ValueList.Of(DisclosedDataCategory.ImmigrationStatus), SharingLog = ValueList.Of(Valid.SharingLog[0] with { AttendsMarac = false }) },
            Valid with
            {
                SensitiveDataShared = ValueList.Of(DisclosedDataCategory.ImmigrationStatus),
                SharingLog = ValueList.Of(Valid.SharingLog[0] with { AttendsMarac = false }),
                CurrentLawBasis = Valid.CurrentLawBasis with { ImmigrationSharingAgreement = MaracAgreement.Minute("MARAC 2026-10 item 3") },
            },
            "currentLawBasis.immigrationSharingAgreement"
        },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_the_breach_at_its_path_and_accepts_the_correction(string rule, SharingWithoutConsentRecord failing, SharingWithoutConsentRecord passing, string path)
    {
        var report = failing.Validate(Options);

        Assert.True(report.At(path).Any(), rule + ": expected a problem at " + path + ", got: " + report);
        Assert.True(passing.Validate(Options).IsValid, rule + ": " + passing.Validate(Options));
    }

    [Fact]
    public void The_form_uses_the_protocols_words_for_what_was_weighed_and_why_consent_was_not_sought()
    {
        var shared = FormDefinitions.SharingWithoutConsent;
        var document = FormDocumentBuilder.BuildBlank(shared);
        var options = document.Sections.SelectMany(s => s.Blocks).OfType<ChoiceBlock>().SelectMany(c => c.Options).Select(o => o.Label).ToArray();

        Assert.Contains("The victim poses a risk to themselves or to others", options);
        Assert.DoesNotContain(options, label => label.StartsWith("Risk of harm to the victim", StringComparison.Ordinal));
        Assert.Contains("Asking would prejudice preventing or detecting a crime", options);
        Assert.Contains("Asking would cause an unjustified delay in enquiries about allegations of significant harm", options);
        Assert.Contains(options, label => label.Contains("unable to consent", StringComparison.Ordinal));
    }
}
