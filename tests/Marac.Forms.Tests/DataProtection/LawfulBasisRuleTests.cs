using Marac.Forms.DataProtection;
using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.DataProtection;

/// <summary>
/// One row per rule a lawful basis must meet: a decision to share that breaks the rule (reported at the path),
/// and the same decision put right (valid). Each regime is checked by its own law.
/// </summary>
public sealed class LawfulBasisRuleTests
{
    private static readonly ValidationOptions Options = ValidForms.Options;

    public static TheoryData<string, DisclosureDecision, DisclosureDecision, string> Rules() => new()
    {
        {
            "Article 6(1)(ea) needs an Annex 1 condition (Article 6(5))",
            Share(Voluntary, Gdpr(Article6Basis.RecognisedLegitimateInterest)),
            Share(Voluntary, Gdpr(Article6Basis.RecognisedLegitimateInterest) with { Annex1 = Annex1Condition.SafeguardingVulnerableIndividual }),
            "lawfulBasis.annex1"
        },
        {
            "An Annex 1 condition goes only with (ea)",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Annex1 = Annex1Condition.Crime }),
            Share(Public, Gdpr(Article6Basis.PublicTask)),
            "lawfulBasis.annex1"
        },
        {
            "Special category data needs an Article 9 condition",
            Share(Public, Gdpr(Article6Basis.PublicTask), DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.PreventingOrDetectingUnlawfulActs, AppropriatePolicyDocument = true }, DisclosedDataCategory.Health),
            "lawfulBasis.article9"
        },
        {
            "Article 9(2)(g) needs a Schedule 1 Part 2 condition (s.10(3))",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk, AppropriatePolicyDocument = true }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "Article 9(2)(g) cannot take a Part 1 condition",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.HealthOrSocialCarePurposes }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.HealthOrSocialCare, Schedule1 = Schedule1Condition.HealthOrSocialCarePurposes }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "Article 9(2)(h) needs Schedule 1 paragraph 2 (s.10(2))",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.HealthOrSocialCare }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.HealthOrSocialCare, Schedule1 = Schedule1Condition.HealthOrSocialCarePurposes }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "Article 9(2)(b) needs Schedule 1 paragraph 1 (s.10(2))",
            Share(Public, Gdpr(Article6Basis.LegalObligation) with { Article9 = Article9Condition.EmploymentAndSocialProtection }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.LegalObligation) with { Article9 = Article9Condition.EmploymentAndSocialProtection, Schedule1 = Schedule1Condition.EmploymentSocialSecurityAndSocialProtection, AppropriatePolicyDocument = true }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "Article 9(2)(i) needs Schedule 1 paragraph 3 (s.10(2))",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.PublicHealth, Schedule1 = Schedule1Condition.Research }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.PublicHealth, Schedule1 = Schedule1Condition.PublicHealth }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "Article 9(2)(j) needs Schedule 1 paragraph 4 (s.10(2))",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.ArchivingOrResearch }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.ArchivingOrResearch, Schedule1 = Schedule1Condition.Research }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "A Schedule 1 condition with no Article 9 condition completes nothing",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk, AppropriatePolicyDocument = true }),
            Share(Public, Gdpr(Article6Basis.PublicTask)),
            "lawfulBasis.schedule1"
        },
        {
            "A Part 3 (criminal-offence) condition is not a special category condition",
            Share(Public, Gdpr(Article6Basis.LegalObligation) with { Article9 = Article9Condition.LegalClaims, Schedule1 = Schedule1Condition.LegalClaims }, DisclosedDataCategory.Health),
            Share(Public, Gdpr(Article6Basis.LegalObligation) with { Article9 = Article9Condition.LegalClaims }, DisclosedDataCategory.Health),
            "lawfulBasis.schedule1"
        },
        {
            "A Part 2 condition needs an appropriate policy document (Schedule 1 paragraph 5)",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.PreventingOrDetectingUnlawfulActs }, DisclosedDataCategory.Ethnicity),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.PreventingOrDetectingUnlawfulActs, AppropriatePolicyDocument = true }, DisclosedDataCategory.Ethnicity),
            "lawfulBasis.appropriatePolicyDocument"
        },
        {
            "Criminal-offence data needs an Article 10 condition (s.10(5))",
            Share(Public, Gdpr(Article6Basis.PublicTask), DisclosedDataCategory.CriminalOffences),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article10 = Schedule1Condition.PreventingOrDetectingUnlawfulActs, AppropriatePolicyDocument = true }, DisclosedDataCategory.CriminalOffences),
            "lawfulBasis.article10"
        },
        {
            "A UK GDPR basis states its Article 6 basis",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Article6 = null }),
            Share(Public, Gdpr(Article6Basis.PublicTask)),
            "lawfulBasis.article6"
        },
        {
            "A UK GDPR basis has no Schedule 8 condition (never both regimes)",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Schedule8 = Schedule8Condition.SafeguardingChildrenAndIndividualsAtRisk }),
            Share(Public, Gdpr(Article6Basis.PublicTask)),
            "lawfulBasis.schedule8"
        },
        {
            "A UK GDPR basis has no section 35 basis (never both regimes)",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { Section35 = LawEnforcementBasis.NecessaryForLawEnforcementTask }),
            Share(Public, Gdpr(Article6Basis.PublicTask)),
            "lawfulBasis.section35"
        },
        {
            "A Part 3 basis states its section 35(2) basis",
            Share(Police, Part3() with { Section35 = null }),
            Share(Police, Part3()),
            "lawfulBasis.section35"
        },
        {
            "A Part 3 basis has no Article 6 basis (never both regimes)",
            Share(Police, Part3() with { Article6 = Article6Basis.PublicTask }),
            Share(Police, Part3()),
            "lawfulBasis.article6"
        },
        {
            "A Part 3 basis uses Schedule 8, not Article 9",
            Share(Police, Part3() with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule8 = Schedule8Condition.StatutoryPurposes, AppropriatePolicyDocument = true }, DisclosedDataCategory.Health),
            Share(Police, Part3() with { Schedule8 = Schedule8Condition.StatutoryPurposes, AppropriatePolicyDocument = true }, DisclosedDataCategory.Health),
            "lawfulBasis.article9"
        },
        {
            "A Part 3 basis needs no Article 10 condition",
            Share(Police, Part3() with { Article10 = Schedule1Condition.PreventingOrDetectingUnlawfulActs }, DisclosedDataCategory.CriminalOffences),
            Share(Police, Part3(), DisclosedDataCategory.CriminalOffences),
            "lawfulBasis.article10"
        },
        {
            "Part 3 sensitive processing without consent needs a Schedule 8 condition (s.35(5))",
            Share(Police, Part3() with { AppropriatePolicyDocument = true }, DisclosedDataCategory.Ethnicity),
            Share(Police, Part3() with { Schedule8 = Schedule8Condition.StatutoryPurposes, AppropriatePolicyDocument = true }, DisclosedDataCategory.Ethnicity),
            "lawfulBasis.schedule8"
        },
        {
            "Part 3 sensitive processing needs an appropriate policy document (s.35(4), (5), s.42)",
            Share(Police, Part3() with { Schedule8 = Schedule8Condition.StatutoryPurposes }, DisclosedDataCategory.Ethnicity),
            Share(Police, Part3() with { Schedule8 = Schedule8Condition.StatutoryPurposes, AppropriatePolicyDocument = true }, DisclosedDataCategory.Ethnicity),
            "lawfulBasis.appropriatePolicyDocument"
        },
        {
            "Gender history needs its s.22 exemption",
            Share(Public, Gdpr(Article6Basis.PublicTask), DisclosedDataCategory.GenderHistory),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { GenderRecognitionExemption = GenderRecognitionExemption.PersonAgreed }, DisclosedDataCategory.GenderHistory),
            "lawfulBasis.genderRecognitionExemption"
        },
        {
            "Immigration status to an agency that does not attend needs the MARAC's agreement",
            Share(Public, Gdpr(Article6Basis.PublicTask), DisclosedDataCategory.ImmigrationStatus) with { Recipient = Refuge },
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationSharingAgreement = MaracAgreement.On(new CalendarDate(2026, 10, 15)) }, DisclosedDataCategory.ImmigrationStatus) with { Recipient = Refuge },
            "lawfulBasis.immigrationSharingAgreement"
        },
        {
            "Immigration status: whether the recipient attends the MARAC is recorded",
            Share(Public, Gdpr(Article6Basis.PublicTask), DisclosedDataCategory.ImmigrationStatus) with { Recipient = Refuge with { AttendsMarac = null } },
            Share(Public, Gdpr(Article6Basis.PublicTask), DisclosedDataCategory.ImmigrationStatus) with { Recipient = Refuge with { AttendsMarac = true } },
            "recipient.attendsMarac"
        },
        {
            "Immigration status to immigration enforcement needs the whole gate, not the sharing agreement",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationSharingAgreement = MaracAgreement.Minute("M-7") }, DisclosedDataCategory.ImmigrationStatus) with { Recipient = Enforcement },
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementAgreement = MaracAgreement.Minute("M-8"), ImmigrationEnforcementToProtectVictim = true }, DisclosedDataCategory.ImmigrationStatus) with { Recipient = Enforcement },
            "recipient.kind"
        },
        {
            "The enforcement agreement is allowed only to protect the victim",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementAgreement = MaracAgreement.Minute("M-8") }),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementAgreement = MaracAgreement.Minute("M-8"), ImmigrationEnforcementToProtectVictim = true }),
            "lawfulBasis.immigrationEnforcementToProtectVictim"
        },
        {
            "The protective purpose alone is not the MARAC's agreement",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementToProtectVictim = true }),
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementAgreement = MaracAgreement.On(new CalendarDate(2026, 10, 20)), ImmigrationEnforcementToProtectVictim = true }),
            "lawfulBasis.immigrationEnforcementAgreement"
        },
        {
            "Immigration enforcement does not attend MARACs",
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementAgreement = MaracAgreement.Minute("M-8"), ImmigrationEnforcementToProtectVictim = true }, DisclosedDataCategory.ImmigrationStatus) with { Recipient = Enforcement with { AttendsMarac = true } },
            Share(Public, Gdpr(Article6Basis.PublicTask) with { ImmigrationEnforcementAgreement = MaracAgreement.Minute("M-8"), ImmigrationEnforcementToProtectVictim = true }, DisclosedDataCategory.ImmigrationStatus) with { Recipient = Enforcement },
            "recipient.attendsMarac"
        },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_the_breach_at_its_path_and_accepts_the_correction(string rule, DisclosureDecision failing, DisclosureDecision passing, string path)
    {
        var report = failing.Validate(Options);

        Assert.True(report.At(path).Any(), rule + ": expected a problem at " + path + ", got: " + report);
        Assert.True(passing.Validate(Options).IsValid, rule + ": " + passing.Validate(Options));
    }

    [Fact]
    public void Every_message_names_the_provision_it_rests_on()
    {
        var messages = Rules().Select(row => (DisclosureDecision)row[1]).SelectMany(d => d.Validate(Options).Problems).Select(p => p.Message).ToArray();

        Assert.All(messages.Where(m => !m.Contains("MARAC", StringComparison.Ordinal) && !m.Contains("immigration", StringComparison.OrdinalIgnoreCase)), message =>
            Assert.Matches(@"Article|s\.\d|Schedule|section|Annex|Part 3|seed 002", message));
    }

    [Theory]
    [InlineData(Article6Basis.RecognisedLegitimateInterest, "(ea)")]
    [InlineData(Article6Basis.LegitimateInterests, "(f)")]
    public void A_public_authority_relying_on_ea_or_f_is_warned_not_refused(Article6Basis basis, string point)
    {
        var decision = Share(Public, Gdpr(basis) with { Annex1 = basis == Article6Basis.RecognisedLegitimateInterest ? Annex1Condition.SafeguardingVulnerableIndividual : Annex1Condition.None });

        var report = decision.Validate(Options);

        Assert.True(report.IsValid, report.ToString());
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("lawfulBasis.article6", warning.Path);
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Contains(point, warning.Message, StringComparison.Ordinal);
        Assert.Contains("s.70", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Share(Voluntary, decision.LawfulBasis!).Validate(Options).Warnings);
    }

    [Fact]
    public void The_policy_document_for_part_2_conditions_is_a_setting()
    {
        var decision = Share(Public, Gdpr(Article6Basis.PublicTask) with { Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk }, DisclosedDataCategory.Health);

        Assert.Contains(decision.Validate(Options).Problems, p => p.Path == "lawfulBasis.appropriatePolicyDocument");
        Assert.True(decision.Validate(Options with { PolicyDocumentForSubstantialPublicInterest = false }).IsValid);
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void The_crime_exemption_for_gender_history_is_uncertain_so_an_area_decides(bool? covers, bool refused, bool warned)
    {
        var decision = Share(Public, Gdpr(Article6Basis.PublicTask) with { GenderRecognitionExemption = GenderRecognitionExemption.PreventionOrInvestigationOfCrime }, DisclosedDataCategory.GenderHistory);

        var report = decision.Validate(Options with { CrimeExemptionCoversSafeguarding = covers });

        Assert.Equal(refused, report.At("lawfulBasis.genderRecognitionExemption").Any());
        Assert.Equal(warned, report.Warnings.Any(w => w.Path == "lawfulBasis.genderRecognitionExemption" && w.Message.Contains("s.22(4)(f)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Completeness_and_writing_follow_the_regime()
    {
        var part3 = Part3();

        Assert.True(part3.IsComplete);
        Assert.True(part3.StatesItsBasis);
        Assert.True(part3.CoversCriminalOffenceData);
        Assert.False((part3 with { Section35 = null }).IsComplete);
        var mixed = Assert.Throws<ArgumentException>(() => (part3 with { Article6 = Article6Basis.PublicTask }).EnsureComplete());
        Assert.Contains("one regime", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("lawEnforcement", Marac.Forms.Json.MaracJson.Write(ValidForms.Dash(), part3), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => (Gdpr(Article6Basis.PublicTask) with { Section35 = LawEnforcementBasis.Consent }).EnsureComplete());
    }

    private static readonly Agency Public = new() { Name = "Exampleton Council (fictional)", Kind = AgencyKind.ChildrensServices, Sector = AgencySector.PublicAuthority, AttendsMarac = true };

    private static readonly Agency Voluntary = new() { Name = "Safe Example IDVA Service (fictional)", Kind = AgencyKind.SpecialistDomesticAbuseService, Sector = AgencySector.VoluntaryOrCommunity, AttendsMarac = true };

    private static readonly Agency Police = new() { Name = "Exampleshire Police (fictional)", Kind = AgencyKind.Police, Sector = AgencySector.PublicAuthority, AttendsMarac = true };

    private static readonly Agency Refuge = new() { Name = "Lower Sampleford Refuge (fictional)", Kind = AgencyKind.Housing, Sector = AgencySector.VoluntaryOrCommunity, AttendsMarac = false };

    private static readonly Agency Enforcement = new() { Name = "Immigration enforcement", Kind = AgencyKind.ImmigrationEnforcement, Sector = AgencySector.PublicAuthority, AttendsMarac = false };

    private static LawfulBasis Gdpr(Article6Basis article6) =>
        LawfulBasis.For(article6, "Serious risk of harm to the victim.", "The risk summary only.", "Safety planning.");

    private static LawfulBasis Part3() =>
        LawfulBasis.ForLawEnforcement(LawEnforcementBasis.NecessaryForLawEnforcementTask, "Preventing further offences against the victim.", "The incident log entries.", "Police safeguarding action.");

    private static DisclosureDecision Share(Agency decider, LawfulBasis basis, params DisclosedDataCategory[] categories) => ValidForms.Disclosure() with
    {
        DisclosingAgency = decider,
        LawfulBasis = basis,
        SensitiveDataShared = new ValueList<DisclosedDataCategory>(categories),
    };
}
