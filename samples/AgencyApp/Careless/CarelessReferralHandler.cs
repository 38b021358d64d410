using System.Text.Json;
using Marac.Forms;
using Marac.Forms.DataProtection;
using Microsoft.Extensions.Logging;

namespace AgencyApp.Careless;

/// <summary>
/// The careless way, as it is often written: every line below is flagged by a Marac.Forms analyzer.
/// This file is compiled only with -p:Careless=true.
/// </summary>
internal sealed class CarelessReferralHandler(ILogger<CarelessReferralHandler> logger, string folder)
{
    public void Handle(MaracReferral referral)
    {
        logger.LogInformation("Referral received for {Victim}", referral.Victim.Name.FamilyName);
        logger.LogInformation("Stored {@Referral}", referral);
        Console.WriteLine($"Victim lives at {referral.Victim.Address.Postcode}");

        var json = JsonSerializer.Serialize(referral);
        File.WriteAllText(Path.Combine(folder, "referral.json"), json);

        logger.LogDebug("Gender history: {Details}", referral.Victim.Diversity.GenderHistoryDetails);
        logger.LogDebug("Immigration status: {Status}", referral.Victim.Diversity.ImmigrationStatus);

        var basis = new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "MARAC" };
        logger.LogInformation("Basis {Basis}", basis);
    }
}

/// <summary>A summary record that keeps the compiler's ToString(), which prints the victim's name.</summary>
internal sealed record CaseSummary(string CaseReference, [RestrictedPersonalData] string VictimName);
