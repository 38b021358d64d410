using static Marac.Forms.ProblemCollector;

namespace Marac.Forms;

/// <summary>The rules a completed Dash checklist must meet.</summary>
internal static class DashChecklistValidator
{
    internal static ValidationReport Validate(DashChecklist d, ValidationOptions options)
    {
        var c = new ProblemCollector(options);
        c.Required("victimNameOrCode", d.VictimNameOrCode, "The victim's name or code");
        c.ShortText("victimNameOrCode", d.VictimNameOrCode);
        c.Required("completedOn", d.CompletedOn, "The date the checklist was completed");
        c.NotInFuture("completedOn", d.CompletedOn, "The completion date");

        var answers = d.Answers;
        for (var i = 0; i < DashItems.Count; i++)
        {
            var item = DashItems.All[i];
            var answer = answers[i];
            if (answer.Response is null)
            {
                c.Add(Join(item.JsonName, "response"), $"Item {item.Number} is not answered; every item needs Yes, No or Don't know.");
            }

            c.ShortText(Join(item.JsonName, "sourceIfNotVictim"), answer.SourceIfNotVictim);
            c.LongText(Join(item.JsonName, "comment"), answer.Comment);
        }

        OnlyOnYes(c, d.CurrentInjury, 1, "currentInjuryDetails", !string.IsNullOrWhiteSpace(d.CurrentInjuryDetails));
        OnlyOnYes(c, d.CurrentInjury, 1, "isFirstInjury", d.IsFirstInjury is not null);
        OnlyOnYes(c, d.StalkingOrHarassment, 8, "stalkingDeliberatelyIntimidating", d.StalkingDeliberatelyIntimidating is not null);
        OnlyOnYes(c, d.ThreatenedToKill, 14, "threatenedToKillWhom", !d.ThreatenedToKillWhom.IsEmpty);
        OnlyOnYes(c, d.HurtOthers, 18, "hurtOthersWhom", !d.HurtOthersWhom.IsEmpty);
        OnlyOnYes(c, d.AbuserProblems, 21, "abuserProblemAreas", !d.AbuserProblemAreas.IsEmpty);
        OnlyOnYes(c, d.BreachOfOrders, 23, "breachedOrders", !d.BreachedOrders.IsEmpty);
        OnlyOnYes(c, d.CriminalHistory, 24, "criminalHistoryKinds", !d.CriminalHistoryKinds.IsEmpty);

        OtherNeedsDetails(c, d.ThreatenedToKillWhom.Contains(ThreatToKillTarget.Other), "threatenedToKillOtherDetails", d.ThreatenedToKillOtherDetails);
        OtherNeedsDetails(c, d.HurtOthersWhom.Contains(HurtOthersTarget.Other), "hurtOthersOtherDetails", d.HurtOthersOtherDetails);
        OtherNeedsDetails(c, d.BreachedOrders.Contains(BreachedOrderKind.Other), "breachedOrdersOtherDetails", d.BreachedOrdersOtherDetails);
        OtherNeedsDetails(c, d.CriminalHistoryKinds.Contains(CriminalHistoryKind.Other), "criminalHistoryOtherDetails", d.CriminalHistoryOtherDetails);

        Distinct(c, "threatenedToKillWhom", d.ThreatenedToKillWhom);
        Distinct(c, "hurtOthersWhom", d.HurtOthersWhom);
        Distinct(c, "abuserProblemAreas", d.AbuserProblemAreas);
        Distinct(c, "breachedOrders", d.BreachedOrders);
        Distinct(c, "criminalHistoryKinds", d.CriminalHistoryKinds);

        foreach (var (path, text) in new[]
        {
            ("currentInjuryDetails", d.CurrentInjuryDetails), ("afraidOfWhatDetails", d.AfraidOfWhatDetails),
            ("stalkingDetails", d.StalkingDetails), ("controllingBehaviourDetails", d.ControllingBehaviourDetails),
            ("threatenedToKillOtherDetails", d.ThreatenedToKillOtherDetails), ("sexualAbuseByWhom", d.SexualAbuseByWhom),
            ("otherPersonThreatDetails", d.OtherPersonThreatDetails), ("hurtOthersOtherDetails", d.HurtOthersOtherDetails),
            ("breachedOrdersOtherDetails", d.BreachedOrdersOtherDetails), ("criminalHistoryOtherDetails", d.CriminalHistoryOtherDetails),
            ("otherRelevantInformation", d.OtherRelevantInformation), ("weaponAccessDetails", d.WeaponAccessDetails),
            ("victimSafetyPriorities", d.VictimSafetyPriorities),
        })
        {
            c.LongText(path, text);
        }

        var threshold = c.Options.Criteria.VisibleHighRiskThreshold;
        if (d.Score >= threshold && d.ReasonableGroundsToRefer == false)
        {
            c.Add("reasonableGroundsToRefer", $"The checklist scores {d.Score}, at or above the visible-high-risk threshold of {threshold}, so there are grounds to refer: professional judgement can raise risk, never lower a score.");
        }

        if (d.AbuserHasAccessToWeapons != true && !string.IsNullOrWhiteSpace(d.WeaponAccessDetails))
        {
            c.Add("weaponAccessDetails", "Weapon access details are given but access to weapons is not answered Yes.");
        }

        if (d.ChildSafeguardingReferralMade == true)
        {
            c.Required("childSafeguardingReferralDate", d.ChildSafeguardingReferralDate, "The date of the child safeguarding referral");
        }
        else if (d.ChildSafeguardingReferralDate is not null)
        {
            c.Add("childSafeguardingReferralDate", "A child safeguarding referral date is given but the referral is not recorded as made.");
        }

        c.NotInFuture("childSafeguardingReferralDate", d.ChildSafeguardingReferralDate, "The child safeguarding referral date");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.LocalItems.Count; i++)
        {
            var item = d.LocalItems[i];
            var path = Index("localItems", i);
            if (string.IsNullOrWhiteSpace(item.ItemId))
            {
                c.Add(Join(path, "itemId"), "A local item needs the identifier of its question.");
            }
            else if (!seen.Add(item.ItemId))
            {
                c.Add(Join(path, "itemId"), $"The local item '{item.ItemId}' is answered more than once.");
            }

            c.ShortText(Join(path, "answer.sourceIfNotVictim"), item.Answer.SourceIfNotVictim);
            c.LongText(Join(path, "answer.comment"), item.Answer.Comment);
        }

        SharedValidators.Signature(c, "completedBy", d.CompletedBy, "practitioner completing the checklist", required: true);
        return c.ToReport();
    }

    private static void OnlyOnYes(ProblemCollector c, DashAnswer answer, int number, string path, bool present)
    {
        if (present && !answer.IsYes)
        {
            c.Add(path, $"Item {number} is not answered Yes, so its follow-up must be left empty.");
        }
    }

    private static void OtherNeedsDetails(ProblemCollector c, bool otherTicked, string path, string? details)
    {
        if (otherTicked && string.IsNullOrWhiteSpace(details))
        {
            c.Add(path, "'Other' is ticked, so say what it is.");
        }
    }

    private static void Distinct<T>(ProblemCollector c, string path, ValueList<T> values)
    {
        if (values.Distinct().Count() != values.Count)
        {
            c.Add(path, "The same option is ticked more than once.");
        }
    }
}
