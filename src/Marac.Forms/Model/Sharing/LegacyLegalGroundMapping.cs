using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// Guidance from the 2012 form's Data Protection Act 1998 grounds to current law (UK GDPR as amended by the Data
/// (Use and Access) Act 2025, and the Data Protection Act 2018). The right footing depends on who is sharing: a
/// public authority performing its tasks uses Article 6(1)(e) or (c) and cannot use (ea) or (f); a voluntary or
/// private service usually cannot use (e) for its own work and uses (ea) or (f); a police force processing for a
/// law enforcement purpose is under Part 3. So the guidance lists footings for an agency, most usual first. It is
/// not legal advice: the basis relied on is recorded in <see cref="SharingWithoutConsentRecord.CurrentLawBasis"/>.
/// </summary>
public static class LegacyLegalGroundMapping
{
    private const string AlongsideNote = " Human Rights Act 1998 Article 8 (necessity and proportionality) and the common-law duty of confidence apply alongside.";

    private const string AdultAtRiskNote = " Schedule 1 paragraph 18 covers a child, and an adult only where they are \"at risk\" as paragraph 18 defines it (needs for care and support, and unable to protect themselves because of them); otherwise paragraph 10 may fit.";

    /// <summary>The footings that may correspond to <paramref name="ground"/> for an agency of this sector and kind, most usual first.</summary>
    /// <param name="ground">The 2012 ground.</param>
    /// <param name="sector">Whether the sharing agency is a public authority; <see cref="AgencySector.NotStated"/> lists the footings for every kind of agency.</param>
    /// <param name="kind">The kind of agency; a police force also gets the Part 3 footing, for processing for a law enforcement purpose.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ground is not a known value.</exception>
    public static IReadOnlyList<CurrentLawEquivalent> Guidance(LegacyLegalGround ground, AgencySector sector, AgencyKind kind = AgencyKind.NotStated)
    {
        var footings = new List<CurrentLawEquivalent>();
        if (kind == AgencyKind.Police && LawEnforcement(ground) is { } part3)
        {
            footings.Add(part3);
        }

        if (sector is AgencySector.PublicAuthority or AgencySector.NotStated || kind == AgencyKind.Police)
        {
            footings.AddRange(PublicAuthority(ground));
        }

        if (sector is AgencySector.VoluntaryOrCommunity or AgencySector.Private or AgencySector.NotStated && kind != AgencyKind.Police)
        {
            footings.AddRange(NotAPublicAuthority(ground));
        }

        return footings;
    }

    private static IEnumerable<CurrentLawEquivalent> PublicAuthority(LegacyLegalGround ground) => ground switch
    {
        LegacyLegalGround.PreventionOrDetectionOfCrime => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.PreventingOrDetectingUnlawfulActs,
                "DPA 1998 s.29 was an exemption, not a basis; its successor, DPA 2018 Schedule 2 Part 1 paragraph 2 (crime and taxation), lifts listed UK GDPR provisions only so far as they would prejudice those purposes. Record a basis as well." + AlongsideNote),
        },
        LegacyLegalGround.VitalInterests => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                "Where the person can consent, even if they refuse, Article 9(2)(c) is not open: use 9(2)(g) with a Schedule 1 Part 2 condition." + AdultAtRiskNote + AlongsideNote),
            VitalInterests(),
        },
        LegacyLegalGround.AdministrationOfJustice => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.AdministrationOfJustice, AlongsideNote.TrimStart()),
        },
        LegacyLegalGround.StatutoryFunctions => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.StatutoryAndGovernmentPurposes,
                "Use Article 6(1)(c) instead where the law imposes a duty to disclose. Crime and Disorder Act 1998 s.115 gives a power to disclose to certain bodies but is not a lawful basis by itself." + AlongsideNote),
        },
        LegacyLegalGround.CourtOrder => new[] { CourtOrder() },
        LegacyLegalGround.OverridingPublicInterest => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.PreventingOrDetectingUnlawfulActs,
                "Choose the Schedule 1 Part 2 condition that fits the purpose (paragraph 6, 10 or 18); paragraph 11 is about protecting the public against dishonesty, malpractice and the like, not a general public-protection ground. The common-law duty of confidence still applies: record why the public interest overrides it." + AlongsideNote),
        },
        LegacyLegalGround.ChildProtection => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                "Schedule 1 paragraph 18 applies where consent cannot be given, cannot reasonably be obtained, or asking would prejudice the protection." + AlongsideNote),
        },
        LegacyLegalGround.RightToLife or LegacyLegalGround.FreedomFromTorture => new[]
        {
            Public(Article6Basis.PublicTask, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                HumanRightsNote(ground) + " The Schedule 1 Part 2 conditions go with Article 9(2)(g), never with 9(2)(c)." + AdultAtRiskNote + AlongsideNote),
            VitalInterests(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not a known legal ground."),
    };

    private static IEnumerable<CurrentLawEquivalent> NotAPublicAuthority(LegacyLegalGround ground) => ground switch
    {
        LegacyLegalGround.PreventionOrDetectionOfCrime => new[]
        {
            Recognised(Annex1Condition.Crime, Schedule1Condition.PreventingOrDetectingUnlawfulActs,
                "Annex 1 paragraph 5 (crime). DPA 1998 s.29 was an exemption, not a basis; its successor is DPA 2018 Schedule 2 Part 1 paragraph 2." + AlongsideNote),
        },
        LegacyLegalGround.VitalInterests => new[]
        {
            Recognised(Annex1Condition.SafeguardingVulnerableIndividual, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                "Annex 1 paragraph 6 (safeguarding a vulnerable individual). Where the person can consent, even if they refuse, Article 9(2)(c) is not open." + AdultAtRiskNote + AlongsideNote),
            VitalInterests(),
        },
        LegacyLegalGround.AdministrationOfJustice => new[]
        {
            Legitimate(Schedule1Condition.AdministrationOfJustice, "Article 6(1)(f) needs a balancing of the service's interest against the person's." + AlongsideNote),
        },
        LegacyLegalGround.StatutoryFunctions => new[]
        {
            Recognised(Annex1Condition.PublicTaskDisclosureRequest, Schedule1Condition.StatutoryAndGovernmentPurposes,
                "A service with no statutory functions of its own cannot rely on this ground for itself; where a public body asks for the information for its public task, Annex 1 paragraph 1 may apply to the disclosure." + AlongsideNote),
        },
        LegacyLegalGround.CourtOrder => new[] { CourtOrder() },
        LegacyLegalGround.OverridingPublicInterest => new[]
        {
            Recognised(Annex1Condition.SafeguardingVulnerableIndividual, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                "Or Article 6(1)(f), weighed against the person's interests. Paragraph 11 of Schedule 1 is about protecting the public against dishonesty and the like, not a general public-protection ground. The common-law duty of confidence still applies: record why the public interest overrides it." + AdultAtRiskNote + AlongsideNote),
        },
        LegacyLegalGround.ChildProtection => new[]
        {
            Recognised(Annex1Condition.SafeguardingVulnerableIndividual, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                "Annex 1 paragraph 6 (safeguarding a vulnerable individual: every child is one)." + AlongsideNote),
        },
        LegacyLegalGround.RightToLife or LegacyLegalGround.FreedomFromTorture => new[]
        {
            Recognised(Annex1Condition.SafeguardingVulnerableIndividual, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                HumanRightsNote(ground) + AdultAtRiskNote + AlongsideNote),
            VitalInterests(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not a known legal ground."),
    };

    private static CurrentLawEquivalent? LawEnforcement(LegacyLegalGround ground)
    {
        var condition = ground switch
        {
            LegacyLegalGround.PreventionOrDetectionOfCrime or LegacyLegalGround.StatutoryFunctions => Schedule8Condition.StatutoryPurposes,
            LegacyLegalGround.AdministrationOfJustice => Schedule8Condition.AdministrationOfJustice,
            LegacyLegalGround.VitalInterests or LegacyLegalGround.RightToLife => Schedule8Condition.ProtectingVitalInterests,
            LegacyLegalGround.ChildProtection or LegacyLegalGround.FreedomFromTorture => Schedule8Condition.SafeguardingChildrenAndIndividualsAtRisk,
            _ => Schedule8Condition.None,
        };
        return condition == Schedule8Condition.None
            ? null
            : new CurrentLawEquivalent
            {
                Regime = ProcessingRegime.LawEnforcement,
                Section35 = LawEnforcementBasis.NecessaryForLawEnforcementTask,
                Schedule8 = condition,
                Note = "Only for processing for a law enforcement purpose (DPA 2018 s.31). Sensitive processing must be strictly necessary, meet the Schedule 8 condition, and have an appropriate policy document in place (s.35(5), s.42). Police sharing for safeguarding alone is under UK GDPR.",
            };
    }

    private static CurrentLawEquivalent Public(Article6Basis article6, Schedule1Condition condition, string note) => new()
    {
        Article6 = article6,
        Article9 = Article9Condition.SubstantialPublicInterest,
        Schedule1 = condition,
        Article10 = condition,
        Note = "For a public authority performing its tasks (Article 6(1)(ea) and (f) are not open to it). " + note,
    };

    private static CurrentLawEquivalent Recognised(Annex1Condition annex1, Schedule1Condition condition, string note) => new()
    {
        Article6 = Article6Basis.RecognisedLegitimateInterest,
        Annex1 = annex1,
        Article9 = Article9Condition.SubstantialPublicInterest,
        Schedule1 = condition,
        Article10 = condition,
        Note = "For a service that is not a public authority (it usually cannot use Article 6(1)(e) for its own work). " + note,
    };

    private static CurrentLawEquivalent Legitimate(Schedule1Condition condition, string note) => new()
    {
        Article6 = Article6Basis.LegitimateInterests,
        Article9 = Article9Condition.SubstantialPublicInterest,
        Schedule1 = condition,
        Article10 = condition,
        Note = "For a service that is not a public authority. " + note,
    };

    private static CurrentLawEquivalent VitalInterests() => new()
    {
        Article6 = Article6Basis.VitalInterests,
        Article9 = Article9Condition.VitalInterests,
        Article10 = Schedule1Condition.VitalInterestsForOffenceData,
        Note = "Only where someone's life is at stake and the person is physically or legally incapable of giving consent: Article 9(2)(c) and Schedule 1 paragraph 30 need both. A victim who refuses consent is not incapable.",
    };

    private static CurrentLawEquivalent CourtOrder() => new()
    {
        Article6 = Article6Basis.LegalObligation,
        Article9 = Article9Condition.LegalClaims,
        Article10 = Schedule1Condition.LegalClaims,
        Note = "A disclosure the law or a court requires: Article 6(1)(c), Article 9(2)(f) and, for criminal-offence data, Schedule 1 paragraph 33. DPA 2018 Schedule 2 Part 1 paragraph 5 lifts listed UK GDPR provisions so far as they would stop that disclosure. Schedule 8 paragraph 7 (a court acting in its judicial capacity) is about processing by the court, not disclosure to it.",
    };

    private static string HumanRightsNote(LegacyLegalGround ground) => ground == LegacyLegalGround.RightToLife
        ? "Human Rights Act 1998 Schedule 1 Article 2 (right to life) is a reason to act, not a data-protection basis."
        : "Human Rights Act 1998 Schedule 1 Article 3 (freedom from torture and inhuman or degrading treatment) is a reason to act, not a data-protection basis.";
}
