using Marac.Forms.DataProtection;

namespace Marac.Forms.Tests.Fixtures;

/// <summary>Complete, valid, fictional forms built in code; tests change one thing at a time.</summary>
internal static class ValidForms
{
    internal static readonly CalendarDate Today = new(2026, 11, 1);

    internal static readonly ValidationOptions Options = new() { Today = Today };

    internal static MaracReferral Referral() => new()
    {
        MaracArea = "Eastmere (fictional)",
        MaracSecureEmail = "marac@eastmere.example",
        ReferringAgency = new Agency { Name = "Eastmere Domestic Abuse Service", Kind = AgencyKind.SpecialistDomesticAbuseService, Sector = AgencySector.VoluntaryOrCommunity, AttendsMarac = true },
        Referrer = new Practitioner { Name = "Siân Pryce-Owens", Position = "IDVA", Phone = "01632 960001", Email = "s.pryce-owens@eastmere.example" },
        ReferralDate = new CalendarDate(2026, 10, 20),
        Victim = new VictimDetails
        {
            Name = new PersonName { GivenNames = "Zofia", FamilyName = "Wiśniewska", Aliases = ValueList.Of("Zosia") },
            DateOfBirth = DateOfBirth.Exact(new CalendarDate(1991, 4, 2)),
            Gender = Gender.Female,
            Address = new Address { Line1 = "14 Example Lane", Town = "Eastmere", Postcode = "ZZ1 1ZZ" },
            Contact = new ContactDetails { Phone = "07700 900123", SafeToCall = true, SafeTimesToCall = "Weekdays 10:00-12:00" },
        },
        Perpetrators = ValueList.Of(new Perpetrator
        {
            Name = new PersonName { GivenNames = "Marek", FamilyName = "Wiśniewski" },
            DateOfBirth = DateOfBirth.Approximate(new CalendarDate(1988, 1, 1)),
            RelationshipToVictim = "Ex-husband",
        }),
        Children = ValueList.Of(new Child
        {
            Name = new PersonName { GivenNames = "Lena", FamilyName = "Wiśniewska" },
            DateOfBirth = DateOfBirth.Exact(new CalendarDate(2019, 6, 11)),
            RelationshipToVictim = "Daughter",
            RelationshipToPerpetrator = "Daughter",
            School = "Hillcrest Primary (fictional)",
        }),
        Reasons = new ReferralReasons { VisibleHighRisk = true, DashScore = 16, DashCompletedOn = new CalendarDate(2026, 10, 19) },
        VictimAwareOfReferral = true,
        ConsentGiven = true,
        PreviouslyReferredToMarac = false,
    };

    internal static DashChecklist Dash(int yesCount = 16)
    {
        var dash = new DashChecklist
        {
            VictimNameOrCode = "ZW-2026-014",
            CompletedOn = new CalendarDate(2026, 10, 19),
            CompletedBy = new Signature { Name = "Siân Pryce-Owens", Role = "IDVA", SignedOn = new CalendarDate(2026, 10, 19) },
        };
        return WithAnswers(dash, Enumerable.Range(0, DashItems.Count).Select(i => i < yesCount ? DashAnswer.Yes() : DashAnswer.No()).ToArray());
    }

    internal static DashChecklist WithAnswers(DashChecklist d, IReadOnlyList<DashAnswer> a) => d with
    {
        CurrentInjury = a[0], VeryFrightened = a[1], AfraidOfWhat = a[2], Isolated = a[3], DepressedOrSuicidal = a[4],
        RecentSeparation = a[5], ChildContactConflict = a[6], StalkingOrHarassment = a[7], PregnantOrRecentBirth = a[8],
        AbuseMoreOften = a[9], AbuseGettingWorse = a[10], ControllingOrJealous = a[11], UsedWeapons = a[12],
        ThreatenedToKill = a[13], Strangulation = a[14], SexualAbuse = a[15], OtherPersonThreat = a[16], HurtOthers = a[17],
        AnimalAbuse = a[18], FinancialIssues = a[19], AbuserProblems = a[20], AbuserSuicideThreat = a[21],
        BreachOfOrders = a[22], CriminalHistory = a[23],
    };

    internal static SharingWithoutConsentRecord Sharing() => new()
    {
        SharingAgency = new Agency { Name = "Eastmere Council Adult Social Care", Kind = AgencyKind.AdultServices, Sector = AgencySector.PublicAuthority, AttendsMarac = true },
        VictimName = new PersonName { GivenNames = "Ayşe", FamilyName = "Yıldırım" },
        VictimDateOfBirth = DateOfBirth.Exact(new CalendarDate(1987, 9, 30)),
        VictimAddress = new Address { Line1 = "3 Sample Row", Town = "Eastmere", Postcode = "ZZ2 2ZZ" },
        Risks = ValueList.Of(new RiskTableRow { WhoIsAtRisk = "Client and two children", AtRiskFrom = "Ex-partner", Concerns = "Threats to kill", ImmediateRisks = "Release from custody next week", IdentifiedThrough = "Dash" }),
        DashAttached = true,
        DashScore = 15,
        IncidentDetails = "Threats made by text message on 12 October.",
        InformationSource = "Client, and police incident log",
        ConsentPosition = ConsentPosition.NotSought,
        ReasonsConsentNotSought = ValueList.Of(ConsentNotSoughtReason.ChildAtIncreasedRiskOfSignificantHarm),
        RisksWeighed = ValueList.Of(RiskFactorWeighed.DangerToLife, RiskFactorWeighed.ChildAtRisk),
        ProtocolApplies = true,
        ProtocolDetails = "Eastmere MARAC information sharing protocol, section 4",
        CurrentLawBasis = LawfulBasis.For(Article6Basis.PublicTask, "Serious risk of harm to the client and children.", "Name, address and risk summary.", "Safety planning at the MARAC meeting only.") with
        {
            Article9 = Article9Condition.SubstantialPublicInterest,
            Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
            AppropriatePolicyDocument = true,
        },
        BalancingConsiderations = ValueList.Of(BalancingConsideration.PressingNeed, BalancingConsideration.RiskOfNotDisclosing),
        DecisionDate = new CalendarDate(2026, 10, 21),
        ClientNotified = false,
        NotNotifiedReason = "Telling the client now would raise the risk from the ex-partner.",
        ReviewDate = new CalendarDate(2026, 11, 21),
        ReviewResponsiblePerson = "Kwame Mensah",
        SharingLog = ValueList.Of(new SharingLogEntry { DateShared = new CalendarDate(2026, 10, 22), Agency = "Eastmere Police", AgencyKind = AgencyKind.Police, AttendsMarac = true, PersonInformed = "DS Ilona Kovács", MethodOfContact = "Secure email", LegalAuthority = "Protocol section 4" }),
        CaseworkerSignature = new Signature { Name = "Kwame Mensah", SignedOn = new CalendarDate(2026, 10, 21) },
        ManagerSignature = new Signature { Name = "Nguyễn Thị Hoa", SignedOn = new CalendarDate(2026, 10, 21) },
    };

    internal static DisclosureDecision Disclosure() => new()
    {
        Outcome = DisclosureOutcome.Share,
        DisclosingAgency = new Agency { Name = "Eastmere Council Adult Social Care", Kind = AgencyKind.AdultServices, Sector = AgencySector.PublicAuthority, AttendsMarac = true },
        Recipient = new Agency { Name = "Eastmere Housing Options", Kind = AgencyKind.Housing, Sector = AgencySector.PublicAuthority, AttendsMarac = true },
        RecipientPerson = "Dafydd Morgan",
        LawfulBasis = LawfulBasis.For(Article6Basis.PublicTask, "Urgent rehousing to a safe address.", "Name and current risk level only.", "Priority housing assessment."),
        OnwardSharingConditions = "Not to be passed on outside the housing options team.",
        DecidedBy = new Practitioner { Name = "Kwame Mensah", Position = "Team manager" },
        DecidedOn = new CalendarDate(2026, 10, 22),
        Method = "Secure email",
    };
}
