using System.Text.Json;
using Marac.Forms;
using Marac.Forms.DataProtection;

var referral = new MaracReferral
{
    MaracArea = "Aberhafren",
    Victim = new VictimDetails { Name = new PersonName { GivenNames = "Ayşe", FamilyName = "Yılmaz" } },
};

Console.WriteLine($"Victim: {referral.Victim.Name.FamilyName}");
var json = JsonSerializer.Serialize(referral);
Console.WriteLine(referral.Victim.Diversity.GenderHistoryDetails);
var basis = new LawfulBasis { Reasons = "MARAC referral" };
Console.WriteLine(json.Length + basis.Article6.ToString());

internal sealed record CaseNote(string CaseId, [RestrictedPersonalData] string VictimName);
