using System.Text.Json;
using Marac.Forms;
using Marac.Forms.DataProtection;
using Microsoft.Extensions.Logging;

namespace AgencyApp.Careful;

/// <summary>
/// The careful way: logs say what happened without saying who it happened to, and the one place
/// that sends the referral out records the lawful basis it relies on.
/// </summary>
internal sealed class ReferralOutbox(ILogger<ReferralOutbox> logger, string folder)
{
    /// <summary>Stores a referral for the MARAC coordinator under the disclosure decision's basis.</summary>
    public string Send(MaracReferral referral, DisclosureDecision decision)
    {
        logger.LogInformation(
            "Referral to the {Area} MARAC dated {Date}, {Children} children named",
            referral.MaracArea, referral.ReferralDate, referral.Children.Count);
        logger.LogInformation("Victim {Name}", Redact.Value(referral.Victim.Name.FamilyName));

        string json;
        var basis = decision.LawfulBasis ?? throw new ArgumentException("Only a decision to share has a lawful basis to send the referral under.", nameof(decision));
        using (DisclosureScope.Begin(basis))
        {
            json = JsonSerializer.Serialize(referral);
        }

        var path = Path.Combine(folder, $"referral-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        logger.LogInformation("Stored {Bytes} bytes for the MARAC coordinator", json.Length);
        return path;
    }

    /// <summary>A note for a refuge provider that does not attend the MARAC, with immigration status, as the MARAC agreed.</summary>
    [LawfulBasis(
        Article6Basis.PublicTask,
        reasons: "The MARAC agreed that the refuge needs the status to find the victim a space she can stay in safely",
        extent: "Case reference and immigration status only",
        permittedUse: "Finding refuge accommodation",
        ImmigrationSharingAgreement = "Exampleton MARAC minute 2026-11/4 (fictional)")]
    public string RefugeNote(MaracReferral referral) =>
        JsonSerializer.Serialize(new { referral.SharingWithoutConsentReference, referral.Victim.Diversity.ImmigrationStatus });
}
