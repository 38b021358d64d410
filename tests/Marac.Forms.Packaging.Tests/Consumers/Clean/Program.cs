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
    permittedUse: "The MARAC meeting and the safety actions it agrees") with
{
    // The referral holds health and offence details, so the basis names the Article 9 condition, its
    // Schedule 1 condition and the Article 10 coverage (DPA 2018 s.10(3) and (5); Sch 1 para 18).
    Article9 = Article9Condition.SubstantialPublicInterest,
    Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
    Article10 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
    AppropriatePolicyDocument = true,
};
using (DisclosureScope.Begin(basis))
{
    Console.WriteLine(JsonSerializer.Serialize(referral).Length);
}

Console.WriteLine(referral);
