using Marac.Forms.DataProtection;

namespace Marac.Forms.Word.Tests;

/// <summary>A fictional case: a referral, its Dash checklist and the record of sharing without consent. No real person, place or case.</summary>
internal static class SampleCase
{
    internal static readonly CalendarDate ReferralDate = new(2025, 3, 14);

    internal static MaracReferral Referral { get; } = new()
    {
        MaracArea = "Eastmoor and Wealdbridge MARAC",
        MaracSecureEmail = "marac.eastmoor@secure.example.gov.uk",
        ReferringAgency = new Agency { Name = "Eastmoor Police, Public Protection Unit", Kind = AgencyKind.Police, SecureEmail = "ppu.eastmoor@police.example.uk" },
        Referrer = new Practitioner { Name = "DC Iwona Grabowska", Position = "Detective Constable", Phone = "01632 960412", Email = "iwona.grabowska@police.example.uk" },
        ReferralDate = ReferralDate,
        LineManager = new Practitioner { Name = "DS Kwame Asante-Boateng", Position = "Detective Sergeant", Phone = "01632 960413", Email = "kwame.asante@police.example.uk" },
        LineManagerApproved = true,
        CrimeReference = "EM/24017/25",
        OfficerInCharge = "DC Iwona Grabowska",
        Victim = new VictimDetails
        {
            Name = new PersonName { GivenNames = "Nguyễn Thị Lan", FamilyName = "Trần", Aliases = ValueList.Of("Lan Tran"), OtherSpellings = ValueList.Of("Nguyen Thi Lan") },
            DateOfBirth = DateOfBirth.Exact(new CalendarDate(1991, 7, 2)),
            Gender = Gender.Female,
            Address = new Address { Line1 = "Flat 3, 18 Quarry Lane", Town = "Eastmoor", Postcode = "EM4 7QT" },
            Contact = new ContactDetails { Phone = "07700 900127", SafeToCall = false, SafeContactDetails = "Via her sister Mai on 07700 900981; say you are calling from the dentist.", SafeTimesToCall = "Weekdays 10:00 to 12:00" },
            Diversity = new DiversityAndNeeds { PreferredLanguage = "Vietnamese", InterpreterNeeded = true, Pregnant = true, PregnancyDueDate = new CalendarDate(2025, 8, 30) },
            GpPractice = "Quarry Lane Medical Centre",
            HousingSituation = "Private tenancy in the perpetrator's name.",
            WantsFromMarac = "To stay in her flat safely and for the children to keep going to school.",
        },
        Perpetrators = ValueList.Of(new Perpetrator
        {
            Name = new PersonName { GivenNames = "Станислав", FamilyName = "Орлов" },
            DateOfBirth = DateOfBirth.Approximate(new CalendarDate(1986, 1, 1)),
            Gender = Gender.Male,
            RelationshipToVictim = "Partner, lives at the address",
            Address = new Address { Line1 = "Flat 3, 18 Quarry Lane", Town = "Eastmoor", Postcode = "EM4 7QT" },
        }),
        Children = ValueList.Of(
            new Child
            {
                Name = new PersonName { GivenNames = "Minh", FamilyName = "Trần" },
                DateOfBirth = DateOfBirth.Exact(new CalendarDate(2016, 11, 23)),
                Gender = Gender.Male,
                RelationshipToVictim = "Son",
                RelationshipToPerpetrator = "Stepson",
                School = "Wealdbridge Primary School",
            },
            new Child
            {
                Name = new PersonName { GivenNames = "Ελένη", FamilyName = "Орлова" },
                DateOfBirth = DateOfBirth.Exact(new CalendarDate(2022, 4, 5)),
                Gender = Gender.Female,
                RelationshipToVictim = "Daughter",
                RelationshipToPerpetrator = "Daughter",
                School = "Little Acorns Nursery",
            }),
        Reasons = new ReferralReasons
        {
            VisibleHighRisk = true,
            DashScore = 16,
            DashCompletedOn = new CalendarDate(2025, 3, 13),
            ProfessionalJudgement = true,
            ProfessionalJudgementConcern = "Language barrier and isolation from family; she is pregnant.",
            PotentialEscalation = true,
            PoliceIncidentsInPast12Months = 4,
            Repeat = false,
        },
        RiskSummary = "On 12 March the perpetrator strangled her in the kitchen while the children were in the next room.\nNeighbours called the police; he was arrested and bailed with conditions not to attend the address.",
        SupportInPlace = "Refuge space offered and declined; police marker on the address.",
        WhyMultiAgencyApproach = "Children's school, housing and health visiting all hold parts of the picture.",
        IdvaReferralMade = true,
        OtherAgenciesInvolved = "Children's social care; midwifery.",
        VictimAwareOfReferral = true,
        ConsentGiven = false,
        SharingWithoutConsentReference = "SWC-2025-031",
        VictimIsAfraidOf = "The perpetrator, and his brother Bogdan who has threatened her by text.",
        SafeToTalkTo = "Her sister Mai.",
        NotSafeToTalkTo = "The perpetrator's mother.",
        PreviouslyReferredToMarac = false,
    };

    internal static DashChecklist Dash { get; } = new()
    {
        VictimNameOrCode = "Nguyễn Thị Lan Trần",
        CompletedOn = new CalendarDate(2025, 3, 13),
        CurrentInjury = DashAnswer.Yes("Bruising to the neck."),
        CurrentInjuryDetails = "Red marks and bruising on both sides of the neck.",
        IsFirstInjury = false,
        VeryFrightened = DashAnswer.Yes(),
        AfraidOfWhat = DashAnswer.Yes(),
        AfraidOfWhatDetails = "That he will kill her and take the baby.",
        Isolated = DashAnswer.Yes(),
        DepressedOrSuicidal = DashAnswer.No(),
        RecentSeparation = DashAnswer.Yes(),
        ChildContactConflict = DashAnswer.DontKnow(),
        StalkingOrHarassment = new DashAnswer { Response = DashResponse.Yes, SourceIfNotVictim = "Police log of 40 texts", Comment = "Texts at night." },
        StalkingDetails = "Dozens of texts and calls every night.",
        StalkingDeliberatelyIntimidating = true,
        PregnantOrRecentBirth = DashAnswer.Yes(),
        AbuseMoreOften = DashAnswer.Yes(),
        AbuseGettingWorse = DashAnswer.Yes(),
        ControllingOrJealous = DashAnswer.Yes(),
        ControllingBehaviourDetails = "Keeps her bank card and phone passcode.",
        UsedWeapons = DashAnswer.No(),
        ThreatenedToKill = DashAnswer.Yes(),
        ThreatenedToKillWhom = ValueList.Of(ThreatToKillTarget.Victim, ThreatToKillTarget.Children),
        Strangulation = DashAnswer.Yes(),
        SexualAbuse = DashAnswer.DontKnow(),
        OtherPersonThreat = DashAnswer.Yes(),
        OtherPersonThreatDetails = "His brother Bogdan.",
        HurtOthers = DashAnswer.Yes(),
        HurtOthersWhom = ValueList.Of(HurtOthersTarget.PreviousPartner),
        AnimalAbuse = DashAnswer.No(),
        FinancialIssues = DashAnswer.Yes(),
        AbuserProblems = DashAnswer.Yes(),
        AbuserProblemAreas = ValueList.Of(AbuserProblemArea.Alcohol),
        AbuserSuicideThreat = DashAnswer.No(),
        BreachOfOrders = DashAnswer.Yes(),
        BreachedOrders = ValueList.Of(BreachedOrderKind.Bail),
        CriminalHistory = DashAnswer.Yes(),
        CriminalHistoryKinds = ValueList.Of(CriminalHistoryKind.DomesticViolence, CriminalHistoryKind.OtherViolence),
        OtherRelevantInformation = "Speaks little English; no family nearby.",
        AbuserHasAccessToWeapons = false,
        VictimSafetyPriorities = "Keeping the children safe.",
        ReasonableGroundsToRefer = true,
        MaracReferralMade = true,
        RisksToChildren = true,
        ChildSafeguardingReferralMade = true,
        ChildSafeguardingReferralDate = new CalendarDate(2025, 3, 13),
        CompletedBy = new Signature { Name = "Iwona Grabowska", Role = "Detective Constable", SignedOn = new CalendarDate(2025, 3, 13) },
    };

    internal static SharingWithoutConsentRecord Sharing { get; } = new()
    {
        VictimName = new PersonName { GivenNames = "Nguyễn Thị Lan", FamilyName = "Trần" },
        VictimDateOfBirth = DateOfBirth.Exact(new CalendarDate(1991, 7, 2)),
        VictimAddress = new Address { Line1 = "Flat 3, 18 Quarry Lane", Town = "Eastmoor", Postcode = "EM4 7QT" },
        Children = Referral.Children,
        Risks = ValueList.Of(
            new RiskTableRow { WhoIsAtRisk = "The victim", AtRiskFrom = "Partner", Concerns = "Strangulation and threats to kill.", ImmediateRisks = "He knows where she lives.", IdentifiedThrough = "Dash checklist" },
            new RiskTableRow { WhoIsAtRisk = "The children", AtRiskFrom = "Stepfather", Concerns = "Present during the assault.", ImmediateRisks = "Contact at the address.", IdentifiedThrough = "Police attendance" }),
        DashAttached = true,
        DashScore = 16,
        IncidentDetails = "Assault by strangulation on 12 March, reported by neighbours.",
        InformationSource = "Police attendance log and the victim's account.",
        ProtocolApplies = true,
        ProtocolDetails = "Eastmoor MARAC information-sharing protocol, section 4.",
        LegalGroundsApply = true,
        LegalGrounds = ValueList.Of(LegacyLegalGround.PreventionOrDetectionOfCrime, LegacyLegalGround.ChildProtection),
        CurrentLawBasis = new LawfulBasis
        {
            Article6 = Article6Basis.PublicTask,
            Article9 = Article9Condition.SubstantialPublicInterest,
            Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
            Article10 = Schedule1Condition.PreventingOrDetectingUnlawfulActs,
            AppropriatePolicyDocument = true,
            Reasons = "Risk to life of the victim and risk of harm to the children.",
            Extent = "Names, address, risk summary and Dash score only.",
            PermittedUse = "Safety planning at the MARAC meeting.",
        },
        BalancingConsiderations = ValueList.Of(BalancingConsideration.PressingNeed, BalancingConsideration.RiskOfNotDisclosing),
        BalancingComments = "Asking for consent would alert the perpetrator.",
        InternalConsultations = ValueList.Of(new Consultation { Who = "DS Kwame Asante-Boateng", Date = new CalendarDate(2025, 3, 13), Advice = "Share without consent.", Decision = "Agreed." }),
        SensitiveDataShared = ValueList.Of(DisclosedDataCategory.Health, DisclosedDataCategory.CriminalOffences),
        DecisionDate = new CalendarDate(2025, 3, 13),
        ClientNotified = false,
        NotNotifiedReason = "Telling her now could increase the risk.",
        ReviewDate = new CalendarDate(2025, 4, 14),
        ReviewResponsiblePerson = "DS Kwame Asante-Boateng",
        SharingLog = ValueList.Of(new SharingLogEntry { DateShared = new CalendarDate(2025, 3, 14), Agency = "Eastmoor MARAC", AgencyKind = AgencyKind.Other, PersonInformed = "Fatima Al-Rashidi, MARAC coordinator", MethodOfContact = "Secure email", LegalAuthority = "UK GDPR public task; DPA 2018 Schedule 1 paragraph 18" }),
        CaseworkerSignature = new Signature { Name = "Iwona Grabowska", Role = "Detective Constable", SignedOn = new CalendarDate(2025, 3, 14) },
        ManagerSignature = new Signature { Name = "Kwame Asante-Boateng", Role = "Detective Sergeant", SignedOn = new CalendarDate(2025, 3, 14) },
    };
}
