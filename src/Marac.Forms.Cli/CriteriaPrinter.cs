namespace Marac.Forms.Cli;

/// <summary>Prints a Dash score and the referral criteria in plain lines.</summary>
internal static class CriteriaPrinter
{
    internal static void Print(TextWriter output, DashChecklist dash, ReferralCriteriaEvaluation criteria, bool referralKnown)
    {
        var unanswered = dash.Answers.Count(a => a.Response is null);
        var dontKnow = dash.Answers.Count(a => a.Response == DashResponse.DontKnow);
        output.WriteLine($"Dash score: {dash.Score} of {DashItems.Count} (Yes answers; {dontKnow} Don't know, {unanswered} unanswered)");
        output.WriteLine("Referral criteria:");
        foreach (var result in criteria.All)
        {
            var assessed = referralKnown || result.Criterion == ReferralCriterion.VisibleHighRisk;
            var state = !assessed ? "not assessed" : result.IsMet ? "MET" : "not met";
            var reason = assessed ? result.Reason : "needs the referral form (--referral FILE).";
            output.WriteLine($"  {Describe(result.Criterion),-24} {state,-13} {reason}");
        }

        output.WriteLine(criteria.MeetsMaracThreshold
            ? "Meets the threshold for a MARAC referral."
            : referralKnown
                ? "Does not meet any MARAC referral criterion."
                : "Does not meet visible high risk; check the other criteria with the referral.");
    }

    private static string Describe(ReferralCriterion criterion) => criterion switch
    {
        ReferralCriterion.VisibleHighRisk => "Visible high risk",
        ReferralCriterion.ProfessionalJudgement => "Professional judgement",
        ReferralCriterion.PotentialEscalation => "Potential escalation",
        ReferralCriterion.Repeat => "Repeat",
        _ => criterion.ToString(),
    };
}
