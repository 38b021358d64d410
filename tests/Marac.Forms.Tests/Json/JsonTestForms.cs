using Marac.Forms.DataProtection;

namespace Marac.Forms.Tests.Json;

/// <summary>Small hand-written forms and a lawful basis for the JSON tests. All fictional.</summary>
internal static class JsonTestForms
{
    internal static LawfulBasis Basis { get; } = new()
    {
        Article6 = Article6Basis.PublicTask,
        Article9 = Article9Condition.SubstantialPublicInterest,
        Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
        Reasons = "Sharing is needed to plan the victim's safety at MARAC.",
        Extent = "The referral and the Dash checklist.",
        PermittedUse = "MARAC safety planning only.",
    };

    internal static MaracReferral Referral { get; } = new()
    {
        MaracArea = "Exampleton MARAC",
        ReferringAgency = new Agency { Name = "Safe Example IDVA Service (fictional)", Kind = AgencyKind.SpecialistDomesticAbuseService },
        Referrer = new Practitioner { Name = "Angharad Prydderch", Position = "IDVA", Phone = "01632 960123" },
        ReferralDate = new CalendarDate(2026, 10, 12),
        Victim = new VictimDetails
        {
            Name = new PersonName { GivenNames = "Ελένη", FamilyName = "Παπαδοπούλου", OtherSpellings = ValueList.Of("Eleni Papadopoulou") },
            DateOfBirth = DateOfBirth.Exact(new CalendarDate(1991, 4, 3)),
            Gender = Gender.Female,
            Address = new Address { Line1 = "14 Example Lane", Town = "Exampleton", Postcode = "QQ1 4AB" },
        },
        Perpetrators = ValueList.Of(new Perpetrator { Name = new PersonName { GivenNames = "Дмитрий", FamilyName = "Соколовский" }, RelationshipToVictim = "ex-partner" }),
        Children = ValueList.Of(
            new Child { Name = new PersonName { GivenNames = "Νίκος", FamilyName = "Παπαδόπουλος" }, DateOfBirth = DateOfBirth.Exact(new CalendarDate(2017, 6, 1)), School = "Hillcrest Primary (fictional)" },
            new Child { Name = new PersonName { GivenNames = "秀英", FamilyName = "王" }, DateOfBirth = DateOfBirth.Approximate(new CalendarDate(2020, 1, 1)) }),
        Reasons = new ReferralReasons { VisibleHighRisk = true, DashScore = 15, DashCompletedOn = new CalendarDate(2026, 10, 11) },
        VictimAwareOfReferral = true,
        ConsentGiven = true,
    };

    internal static DashChecklist Dash { get; } = new()
    {
        VictimNameOrCode = "Client EX-0042",
        CompletedOn = new CalendarDate(2026, 10, 11),
        CurrentInjury = DashAnswer.Yes("Bruising to the arm."),
        VeryFrightened = DashAnswer.Yes(),
        ThreatenedToKillWhom = ValueList.Of(ThreatToKillTarget.Victim, ThreatToKillTarget.Children),
        LocalItems = ValueList.Of(new LocalDashAnswer { ItemId = "local-child-1", Answer = DashAnswer.DontKnow() }),
    };
}
