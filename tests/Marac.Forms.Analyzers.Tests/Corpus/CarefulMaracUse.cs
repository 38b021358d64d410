// Code that handles Marac.Forms records the careful way: it logs only references and counts,
// serialises under a recorded lawful basis and redacts what it prints.
using System;
using System.Linq;
using System.Text.Json;
using Marac.Forms;
using Marac.Forms.DataProtection;
using Microsoft.Extensions.Logging;

namespace Agency.Marac;

public sealed class ReferralDesk
{
    private readonly ILogger<ReferralDesk> logger;

    public ReferralDesk(ILogger<ReferralDesk> logger) => this.logger = logger;

    public string Submit(MaracReferral referral, DisclosureDecision decision)
    {
        var report = referral.Validate();
        logger.LogInformation("Referral to {Area} dated {Date}: {Problems} problems", referral.MaracArea, referral.ReferralDate, report.Problems.Count);
        logger.LogInformation("Referral {Referral}", referral);
        Console.WriteLine($"Victim {Redact.Value(referral.Victim.Name)}, {referral.Children.Count} children");

        using (DisclosureScope.Begin(decision.LawfulBasis))
        {
            logger.LogDebug("Sharing with {Agency}", decision.Recipient.Name);
            return JsonSerializer.Serialize(referral);
        }
    }

    [LawfulBasis(Article6Basis.PublicTask, "Referral to the MARAC for a high-risk case", "The completed referral", "Safety planning at the MARAC meeting",
        Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
        Article10 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk)]
    public string Attach(MaracReferral referral) => JsonSerializer.Serialize(referral);

    public int CountHighRisk(MaracReferral[] referrals) => referrals.Count(r => r.Reasons.DashScore >= 14);
}
