using Marac.Forms.DataProtection;
using static Marac.Forms.ProblemCollector;

namespace Marac.Forms;

/// <summary>
/// The rules a recorded lawful basis must meet, each regime by its own law: UK GDPR with DPA 2018 Part 2, or DPA
/// 2018 Part 3. Every message names the provision it rests on.
/// </summary>
internal static class LawfulBasisValidator
{
    private static readonly DisclosedDataCategory[] SpecialCategories =
    {
        DisclosedDataCategory.Health, DisclosedDataCategory.Sexuality, DisclosedDataCategory.Ethnicity, DisclosedDataCategory.Religion,
    };

    internal static void Validate(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        Statements(c, path, basis);
        if (basis.Regime == ProcessingRegime.LawEnforcement)
        {
            LawEnforcement(c, path, basis, context);
        }
        else
        {
            UkGdpr(c, path, basis, context);
        }

        GenderHistory(c, path, basis, context);
        ImmigrationStatus(c, path, basis, context);
    }

    private static void Statements(ProblemCollector c, string path, LawfulBasis basis)
    {
        foreach (var missing in basis.MissingStatements())
        {
            c.Add(Join(path, missing), $"The lawful basis must state its {(missing == "permittedUse" ? "permitted use" : missing)} (seed 002 §2.2: every disclosure records reasons, extent and permitted use).");
        }

        c.LongText(Join(path, "reasons"), basis.Reasons);
        c.LongText(Join(path, "extent"), basis.Extent);
        c.LongText(Join(path, "permittedUse"), basis.PermittedUse);
    }

    private static void UkGdpr(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        if (basis.Article6 is null)
        {
            c.Add(Join(path, "article6"), "The lawful basis must state its UK GDPR Article 6(1) basis.");
        }

        if (basis.Section35 is not null)
        {
            c.Add(Join(path, "section35"), "A section 35 basis belongs to DPA 2018 Part 3; this basis is under UK GDPR. Record one processing under one regime only.");
        }

        if (basis.Schedule8 != Schedule8Condition.None)
        {
            c.Add(Join(path, "schedule8"), "Schedule 8 conditions belong to DPA 2018 Part 3 (s.35(5)); this basis is under UK GDPR, which uses Article 9 with Schedule 1 instead.");
        }

        if (basis.Article6 == Article6Basis.RecognisedLegitimateInterest && basis.Annex1 == Annex1Condition.None)
        {
            c.Add(Join(path, "annex1"), "Article 6(1)(ea) is met only by a condition in UK GDPR Annex 1 (Article 6(5)): record which (for example safeguarding a vulnerable individual, or crime).");
        }

        if (basis.Article6 != Article6Basis.RecognisedLegitimateInterest && basis.Annex1 != Annex1Condition.None)
        {
            c.Add(Join(path, "annex1"), "An Annex 1 condition goes only with Article 6(1)(ea), a recognised legitimate interest.");
        }

        if (basis.Article6 is Article6Basis.RecognisedLegitimateInterest or Article6Basis.LegitimateInterests && context.Decider.Sector == AgencySector.PublicAuthority)
        {
            var point = basis.Article6 == Article6Basis.RecognisedLegitimateInterest ? "(ea)" : "(f)";
            c.Warn(Join(path, "article6"), $"A public authority cannot rely on Article 6(1){point} for processing in the performance of its tasks (UK GDPR Article 6(1), the words after point (f), as amended by the Data (Use and Access) Act 2025 s.70): a police force, council or NHS body normally relies on (e) or (c). Check that this processing is outside its tasks.");
        }

        if (context.WithoutConsent && basis.Article6 == Article6Basis.Consent)
        {
            c.Add(Join(path, "article6"), "This records sharing without the victim's consent, so it cannot rest on consent (Article 6(1)(a)).");
        }

        Article9(c, path, basis, context);
        Article10(c, path, basis, context);
    }

    private static void Article9(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        var article9Path = Join(path, "article9");
        var schedule1Path = Join(path, "schedule1");
        if (context.Categories.Any(SpecialCategories.Contains) && basis.Article9 == Article9Condition.None)
        {
            c.Add(article9Path, "Special category data is shared, so an Article 9(2) condition is required (UK GDPR Article 9(1)).");
        }

        if (context.WithoutConsent && basis.Article9 == Article9Condition.ExplicitConsent)
        {
            c.Add(article9Path, "This records sharing without the victim's consent, so it cannot rest on explicit consent (Article 9(2)(a)).");
        }

        if (basis.Article9 == Article9Condition.VitalInterests)
        {
            IncapableOfConsent(c, path, context, "Article 9(2)(c) (vital interests)");
        }

        var paired = Schedule1Conditions.RequiredFor(basis.Article9);
        var part = Schedule1Conditions.Part(basis.Schedule1);
        if (paired is { } required)
        {
            if (basis.Schedule1 != required)
            {
                c.Add(schedule1Path, $"{Point(basis.Article9)} is met only with Schedule 1 paragraph {Schedule1Conditions.Paragraph(required)} (DPA 2018 s.10(2)).");
            }
        }
        else if (basis.Article9 == Article9Condition.SubstantialPublicInterest)
        {
            if (part != 2)
            {
                c.Add(schedule1Path, "Article 9(2)(g) (substantial public interest) is met only with a condition in Schedule 1 Part 2 (DPA 2018 s.10(3)), for example paragraph 10 or 18.");
            }
        }
        else if (basis.Schedule1 != Schedule1Condition.None)
        {
            c.Add(schedule1Path, basis.Article9 == Article9Condition.None
                ? "A Schedule 1 condition for special category data needs the Article 9(2) condition it completes."
                : $"{Point(basis.Article9)} needs no Schedule 1 condition; a Schedule 1 condition completes only Article 9(2)(b), (g), (h), (i) or (j) (DPA 2018 s.10(2) and (3)).");
        }

        if (part == 3)
        {
            c.Add(schedule1Path, $"Schedule 1 paragraph {Schedule1Conditions.Paragraph(basis.Schedule1)} is in Part 3, which is for criminal-offence data only: record it as the Article 10 condition.");
        }

        PolicyDocument(c, path, basis, basis.Schedule1, "the special category condition");
    }

    private static void Article10(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        var article10Path = Join(path, "article10");
        if (context.Categories.Contains(DisclosedDataCategory.CriminalOffences) && basis.Article10 == Schedule1Condition.None)
        {
            c.Add(article10Path, "Criminal-offence data is shared, so a Schedule 1 condition for it is required (UK GDPR Article 10; DPA 2018 s.10(5)), for example paragraph 10, 18 or 33.");
        }

        if (context.WithoutConsent && basis.Article10 == Schedule1Condition.Consent)
        {
            c.Add(article10Path, "This records sharing without the victim's consent, so the criminal-offence data cannot rest on consent (Schedule 1 paragraph 29).");
        }

        if (basis.Article10 == Schedule1Condition.VitalInterestsForOffenceData)
        {
            IncapableOfConsent(c, path, context, "Schedule 1 paragraph 30 (vital interests)");
        }

        if (basis.Article10 != basis.Schedule1)
        {
            PolicyDocument(c, path, basis, basis.Article10, "the criminal-offence data condition");
        }
    }

    private static void PolicyDocument(ProblemCollector c, string path, LawfulBasis basis, Schedule1Condition condition, string which)
    {
        var needs = condition == Schedule1Condition.EmploymentSocialSecurityAndSocialProtection
            || (Schedule1Conditions.Part(condition) == 2 && c.Options.PolicyDocumentForSubstantialPublicInterest);
        if (needs && !basis.AppropriatePolicyDocument)
        {
            var rule = condition == Schedule1Condition.EmploymentSocialSecurityAndSocialProtection ? "paragraph 1(1)(b)" : "paragraph 5";
            c.Add(Join(path, "appropriatePolicyDocument"), $"Schedule 1 paragraph {Schedule1Conditions.Paragraph(condition)}, {which}, is met only with an appropriate policy document in place (DPA 2018 Schedule 1 {rule}).");
        }
    }

    private static void LawEnforcement(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        if (basis.Section35 is null)
        {
            c.Add(Join(path, "section35"), "Under DPA 2018 Part 3 the basis is s.35(2): consent, or necessary for a law enforcement task. Record which.");
        }

        var ukGdprOnly = "belongs to UK GDPR; this basis is under DPA 2018 Part 3. Record one processing under one regime only.";
        if (basis.Article6 is not null)
        {
            c.Add(Join(path, "article6"), "An Article 6 basis " + ukGdprOnly);
        }

        if (basis.Annex1 != Annex1Condition.None)
        {
            c.Add(Join(path, "annex1"), "An Annex 1 condition " + ukGdprOnly);
        }

        if (basis.Article9 != Article9Condition.None)
        {
            c.Add(Join(path, "article9"), "An Article 9 condition " + ukGdprOnly + " Sensitive processing under Part 3 uses Schedule 8 (s.35(5)).");
        }

        if (basis.Schedule1 != Schedule1Condition.None)
        {
            c.Add(Join(path, "schedule1"), "A Schedule 1 condition " + ukGdprOnly);
        }

        if (basis.Article10 != Schedule1Condition.None)
        {
            c.Add(Join(path, "article10"), "An Article 10 condition " + ukGdprOnly + " Part 3 covers criminal-offence data itself.");
        }

        if (context.WithoutConsent && basis.Section35 == LawEnforcementBasis.Consent)
        {
            c.Add(Join(path, "section35"), "This records sharing without the victim's consent, so it cannot rest on consent (s.35(2)(a)).");
        }

        if (!context.Categories.Any(SpecialCategories.Contains))
        {
            return;
        }

        if (basis.Section35 == LawEnforcementBasis.NecessaryForLawEnforcementTask && basis.Schedule8 == Schedule8Condition.None)
        {
            c.Add(Join(path, "schedule8"), "Special category data is shared, which is sensitive processing: without consent it must be strictly necessary and meet a Schedule 8 condition (DPA 2018 s.35(5)).");
        }

        if (!basis.AppropriatePolicyDocument)
        {
            c.Add(Join(path, "appropriatePolicyDocument"), "Sensitive processing under Part 3 needs an appropriate policy document in place (DPA 2018 s.35(4)(b) and (5)(c), s.42).");
        }
    }

    private static void GenderHistory(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        if (context.Categories.Contains(DisclosedDataCategory.GenderHistory) && basis.GenderRecognitionExemption == GenderRecognitionExemption.None)
        {
            c.Add(Join(path, "genderRecognitionExemption"), "Gender history is shared, so the exemption relied on must be recorded: without one, disclosing it is an offence (Gender Recognition Act 2004 s.22).");
        }

        if (context.Categories.Contains(DisclosedDataCategory.GenderHistory))
        {
            CrimeExemption(c, Join(path, "genderRecognitionExemption"), basis.GenderRecognitionExemption);
        }
    }

    /// <summary>Warns about (or, by the area's setting, refuses or accepts) the s.22(4)(f) crime exemption used for safeguarding.</summary>
    internal static void CrimeExemption(ProblemCollector c, string path, GenderRecognitionExemption exemption)
    {
        if (exemption != GenderRecognitionExemption.PreventionOrInvestigationOfCrime || c.Options.CrimeExemptionCoversSafeguarding == true)
        {
            return;
        }

        const string Why = "Whether the Gender Recognition Act 2004 s.22(4)(f) exemption (preventing or investigating crime) covers disclosure for safeguarding is uncertain (seed 001)";
        if (c.Options.CrimeExemptionCoversSafeguarding == false)
        {
            c.Add(path, Why + ", and this area's settings do not accept it: record another exemption, such as the person's agreement (s.22(4)(b)).");
        }
        else
        {
            c.Warn(path, Why + ": rely on it only for a crime purpose, and prefer the person's agreement (s.22(4)(b)) where it can be had.");
        }
    }

    private static void ImmigrationStatus(ProblemCollector c, string path, LawfulBasis basis, DisclosureContext context)
    {
        var enforcement = basis.ImmigrationEnforcementAgreement;
        if (basis.ImmigrationEnforcementToProtectVictim && !enforcement.IsRecorded)
        {
            c.Add(Join(path, "immigrationEnforcementAgreement"), "A disclosure to immigration enforcement to protect the victim needs the MARAC's explicit agreement: record its date or minute reference.");
        }

        if (enforcement.IsRecorded && !basis.ImmigrationEnforcementToProtectVictim)
        {
            c.Add(Join(path, "immigrationEnforcementToProtectVictim"), "Immigration status may go to immigration enforcement only to protect the victim, never to support enforcement against them: confirm that purpose, or remove the agreement.");
        }

        c.ShortText(Join(path, "immigrationSharingAgreement.minuteReference"), basis.ImmigrationSharingAgreement.MinuteReference);
        c.ShortText(Join(path, "immigrationEnforcementAgreement.minuteReference"), enforcement.MinuteReference);
        c.NotInFuture(Join(path, "immigrationSharingAgreement.agreedOn"), basis.ImmigrationSharingAgreement.AgreedOn, "The date of the MARAC's agreement");
        c.NotInFuture(Join(path, "immigrationEnforcementAgreement.agreedOn"), enforcement.AgreedOn, "The date of the MARAC's agreement");

        if (!context.Categories.Contains(DisclosedDataCategory.ImmigrationStatus))
        {
            return;
        }

        foreach (var recipient in context.Recipients)
        {
            if (recipient.Kind == AgencyKind.ImmigrationEnforcement)
            {
                if (recipient.AttendsMarac == true)
                {
                    c.Add(recipient.AttendsPath, "Immigration enforcement does not attend MARACs.");
                }

                if (!enforcement.IsRecorded || !basis.ImmigrationEnforcementToProtectVictim)
                {
                    c.Add(recipient.KindPath, "Immigration status goes to immigration enforcement only with the MARAC's explicit agreement (its date or minute reference) and only to protect the victim; the lawful basis records neither in full.");
                }
            }
            else if (recipient.AttendsMarac is null)
            {
                c.Add(recipient.AttendsPath, "Immigration status is shared, so record whether this agency attends the MARAC: one that does not may receive it only with the MARAC's agreement.");
            }
            else if (recipient.AttendsMarac == false && !basis.ImmigrationSharingAgreement.IsRecorded)
            {
                c.Add(Join(path, "immigrationSharingAgreement"), "Immigration status is shared with an agency that does not attend the MARAC, so the MARAC's agreement must be recorded (its date or minute reference).");
            }
        }
    }

    private static void IncapableOfConsent(ProblemCollector c, string path, DisclosureContext context, string condition)
    {
        if (context.Consent is { } consent && consent.Position != ConsentPosition.UnableToConsent)
        {
            c.Add(consent.Path, $"{condition} applies only where the person is physically or legally incapable of giving consent; a victim who refuses, or who was not asked, is not incapable. Record that the victim is unable to consent, or use another condition.");
        }
    }

    private static string Point(Article9Condition condition) => condition switch
    {
        Article9Condition.ExplicitConsent => "Article 9(2)(a)",
        Article9Condition.EmploymentAndSocialProtection => "Article 9(2)(b)",
        Article9Condition.VitalInterests => "Article 9(2)(c)",
        Article9Condition.NotForProfitBody => "Article 9(2)(d)",
        Article9Condition.MadePublicByThePerson => "Article 9(2)(e)",
        Article9Condition.LegalClaims => "Article 9(2)(f)",
        Article9Condition.SubstantialPublicInterest => "Article 9(2)(g)",
        Article9Condition.HealthOrSocialCare => "Article 9(2)(h)",
        Article9Condition.PublicHealth => "Article 9(2)(i)",
        Article9Condition.ArchivingOrResearch => "Article 9(2)(j)",
        _ => "No Article 9 condition",
    };
}
