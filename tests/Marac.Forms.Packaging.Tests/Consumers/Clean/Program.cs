using System.Text.Json;
using Marac.Forms;
using Marac.Forms.DataProtection;

var referral = new MaracReferral
{
    MaracArea = "Aberhafren",
    Victim = new VictimDetails { Name = new PersonName { GivenNames = "Ioannis", FamilyName = "Papadopoulos" } },
};

Console.WriteLine($"Referral to the {referral.MaracArea} MARAC for {Redact.Value(referral.Victim.Name.FamilyName)}");
var basis = LawfulBasis.For(
    Article6Basis.PublicTask,
    reasons: "High risk of serious harm; a multi-agency safety plan is needed",
    extent: "The MARAC referral form",
    permittedUse: "The MARAC meeting and the safety actions it agrees");
using (DisclosureScope.Begin(basis))
{
    Console.WriteLine(JsonSerializer.Serialize(referral).Length);
}

Console.WriteLine(referral);
