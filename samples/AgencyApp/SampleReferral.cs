using Marac.Forms;

namespace AgencyApp;

/// <summary>A fictional referral: every person, place and number in it is invented.</summary>
internal static class SampleReferral
{
    public static MaracReferral Create() => new()
    {
        MaracArea = "Aberhafren",
        MaracSecureEmail = "marac@aberhafren.example",
        ReferringAgency = new Agency { Name = "Aberhafren Housing Trust", Kind = AgencyKind.Housing },
        Referrer = new Practitioner { Name = "Nguyễn Thị Lan", Position = "Tenancy officer", Email = "lan.nguyen@housing.example" },
        ReferralDate = new CalendarDate(2026, 2, 18),
        Victim = new VictimDetails
        {
            Name = new PersonName { GivenNames = "Zofia", FamilyName = "Wiśniewska" },
            Address = new Address { Line1 = "12 Heol y Felin", Town = "Aberhafren", Postcode = "ZZ1 4QT" },
            Diversity = new DiversityAndNeeds
            {
                PreferredLanguage = "Polish",
                HasGenderHistory = false,
                ImmigrationStatus = "Pre-settled status",
            },
        },
        Reasons = new ReferralReasons { VisibleHighRisk = true, DashScore = 16 },
        RiskSummary = "Threats to kill made on 14 February; strangulation reported.",
    };
}
