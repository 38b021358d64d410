using static Marac.Forms.ProblemCollector;

namespace Marac.Forms;

/// <summary>The rules a completed MARAC referral must meet.</summary>
internal static class MaracReferralValidator
{
    internal static ValidationReport Validate(MaracReferral r, ValidationOptions options)
    {
        var c = new ProblemCollector(options);
        c.ShortText("maracArea", r.MaracArea);
        c.Email("maracSecureEmail", r.MaracSecureEmail);

        c.Required("referringAgency.name", r.ReferringAgency.Name, "The referring agency");
        c.ShortText("referringAgency.name", r.ReferringAgency.Name);
        c.Email("referringAgency.secureEmail", r.ReferringAgency.SecureEmail);
        SharedValidators.Practitioner(c, "referrer", r.Referrer, "referrer", required: true);
        if (string.IsNullOrWhiteSpace(r.Referrer.Phone) && string.IsNullOrWhiteSpace(r.Referrer.Email))
        {
            c.Add("referrer.phone", "The referrer needs a telephone number or an email address.");
        }

        c.Required("referralDate", r.ReferralDate, "The referral date");
        c.NotInFuture("referralDate", r.ReferralDate, "The referral date");
        if (r.ReferralDate is { } referred && !RetentionDates.TryReviewDate(referred, c.Options.RetentionMonths, out _))
        {
            c.Add("referralDate", $"The review or disposal date, {c.Options.RetentionMonths} months after the referral ({referred}), would fall after 31/12/9999, so it cannot be printed; check the referral date.");
        }
        SharedValidators.Practitioner(c, "lineManager", r.LineManager, "line manager", required: false);
        c.ShortText("crimeReference", r.CrimeReference);
        c.ShortText("officerInCharge", r.OfficerInCharge);

        Victim(c, r.Victim);

        if (r.Perpetrators.IsEmpty)
        {
            c.Add("perpetrators", "At least one perpetrator is required (record what is known, even if the name is not).");
        }

        for (var i = 0; i < r.Perpetrators.Count; i++)
        {
            var path = Index("perpetrators", i);
            var p = r.Perpetrators[i];
            SharedValidators.Name(c, Join(path, "name"), p.Name, "The perpetrator's", required: false);
            SharedValidators.DateOfBirth(c, Join(path, "dateOfBirth"), p.DateOfBirth, "The perpetrator's");
            c.ShortText(Join(path, "relationshipToVictim"), p.RelationshipToVictim);
            SharedValidators.Address(c, Join(path, "address"), p.Address);
        }

        for (var i = 0; i < r.Children.Count; i++)
        {
            SharedValidators.Child(c, Index("children", i), r.Children[i]);
        }

        c.LongText("otherHouseholdMembersAtRisk", r.OtherHouseholdMembersAtRisk);
        Reasons(c, r.Reasons, r.ReferralDate);

        c.LongText("riskSummary", r.RiskSummary);
        c.LongText("supportInPlace", r.SupportInPlace);
        c.LongText("whyMultiAgencyApproach", r.WhyMultiAgencyApproach);
        c.LongText("otherAgenciesInvolved", r.OtherAgenciesInvolved);

        c.Required("victimAwareOfReferral", r.VictimAwareOfReferral, "Whether the victim knows about the referral");
        if (r.VictimAwareOfReferral == false)
        {
            c.Required("notAwareReason", r.NotAwareReason, "The reason the victim is not aware");
        }

        c.LongText("notAwareReason", r.NotAwareReason);
        c.Required("consentGiven", r.ConsentGiven, "Whether the victim consented");
        if (r.ConsentGiven == false)
        {
            c.Required("sharingWithoutConsentReference", r.SharingWithoutConsentReference, "Without consent, the reference of the sharing-without-consent record");
        }

        c.ShortText("sharingWithoutConsentReference", r.SharingWithoutConsentReference);
        c.LongText("victimIsAfraidOf", r.VictimIsAfraidOf);
        c.LongText("safeToTalkTo", r.SafeToTalkTo);
        c.LongText("notSafeToTalkTo", r.NotSafeToTalkTo);

        if (r.PreviouslyReferredToMarac == true)
        {
            c.Required("previousMaracDetails", r.PreviousMaracDetails, "Where and when the earlier referral was made");
        }

        c.LongText("previousMaracDetails", r.PreviousMaracDetails);
        c.NotInFuture("dateOfLastMarac", r.DateOfLastMarac, "The date of the last MARAC");
        return c.ToReport();
    }

    private static void Victim(ProblemCollector c, VictimDetails v)
    {
        SharedValidators.Name(c, "victim.name", v.Name, "The victim's", required: true);
        SharedValidators.DateOfBirth(c, "victim.dateOfBirth", v.DateOfBirth, "The victim's");
        SharedValidators.Address(c, "victim.address", v.Address);
        c.ShortText("victim.contact.phone", v.Contact.Phone);
        c.Email("victim.contact.email", v.Contact.Email);
        if (!string.IsNullOrWhiteSpace(v.Contact.Phone))
        {
            c.Required("victim.contact.safeToCall", v.Contact.SafeToCall, "Whether it is safe to call the victim's number");
        }

        if (v.Contact.SafeToCall == false && string.IsNullOrWhiteSpace(v.Contact.SafeContactDetails))
        {
            c.Add("victim.contact.safeContactDetails", "The victim's number is not safe to call, so safe contact details are required.");
        }

        c.LongText("victim.contact.safeContactDetails", v.Contact.SafeContactDetails);
        c.ShortText("victim.contact.safeTimesToCall", v.Contact.SafeTimesToCall);

        var d = v.Diversity;
        c.ShortText("victim.diversity.ethnicity", d.Ethnicity);
        c.LongText("victim.diversity.disabilityDetails", d.DisabilityDetails);
        c.ShortText("victim.diversity.sexualOrientation", d.SexualOrientation);
        c.ShortText("victim.diversity.genderIdentity", d.GenderIdentity);
        c.LongText("victim.diversity.genderHistoryDetails", d.GenderHistoryDetails);
        c.ShortText("victim.diversity.religion", d.Religion);
        c.ShortText("victim.diversity.preferredLanguage", d.PreferredLanguage);
        c.ShortText("victim.diversity.immigrationStatus", d.ImmigrationStatus);
        if (d.Pregnant != true && d.PregnancyDueDate is not null)
        {
            c.Add("victim.diversity.pregnancyDueDate", "A due date is given but the victim is not recorded as pregnant.");
        }

        c.ShortText("victim.gpPractice", v.GpPractice);
        c.LongText("victim.housingSituation", v.HousingSituation);
        c.LongText("victim.wantsFromMarac", v.WantsFromMarac);
    }

    private static void Reasons(ProblemCollector c, ReferralReasons r, CalendarDate? referralDate)
    {
        if (r.VisibleHighRisk != true && r.ProfessionalJudgement != true && r.PotentialEscalation != true && r.Repeat != true)
        {
            c.Add("reasons", "At least one referral criterion must be ticked: visible high risk, professional judgement, potential escalation or repeat.");
        }

        if (r.DashScore is { } score && (score < 0 || score > DashItems.Count))
        {
            c.Add("reasons.dashScore", $"must be between 0 and {DashItems.Count}; {score} is not a possible Dash score.");
        }

        if (r.VisibleHighRisk == true)
        {
            if (r.DashScore is null)
            {
                c.Add("reasons.dashScore", "Visible high risk is ticked, so the Dash score is required.");
            }
            else if (r.DashScore < c.Options.Criteria.VisibleHighRiskThreshold)
            {
                c.Add("reasons.visibleHighRisk", $"Visible high risk needs a Dash score of {c.Options.Criteria.VisibleHighRiskThreshold} or more; the score is {r.DashScore}. Use professional judgement to raise risk instead.");
            }
        }

        c.NotInFuture("reasons.dashCompletedOn", r.DashCompletedOn, "The Dash completion date");
        if (r.ProfessionalJudgement == true && string.IsNullOrWhiteSpace(r.ProfessionalJudgementConcern))
        {
            c.Add("reasons.professionalJudgementConcern", "Professional judgement is ticked, so the concern behind it must be stated.");
        }

        if (r.ProfessionalJudgement != true && !string.IsNullOrWhiteSpace(r.ProfessionalJudgementConcern))
        {
            c.Add("reasons.professionalJudgement", "A professional judgement concern is written but professional judgement is not ticked.");
        }

        c.LongText("reasons.professionalJudgementConcern", r.ProfessionalJudgementConcern);
        if (r.PoliceIncidentsInPast12Months is < 0)
        {
            c.Add("reasons.policeIncidentsInPast12Months", "cannot be negative.");
        }

        if (r.PotentialEscalation == true && r.PoliceIncidentsInPast12Months is null)
        {
            c.Add("reasons.policeIncidentsInPast12Months", "Potential escalation is ticked, so the number of police-reported incidents in the past 12 months is required.");
        }

        if (r.Repeat == true)
        {
            c.Required("reasons.lastReferralDate", r.LastReferralDate, "Repeat is ticked, so the date of the last referral");
        }

        c.NotInFuture("reasons.lastReferralDate", r.LastReferralDate, "The date of the last referral");
        if (r.LastReferralDate is { } last && referralDate is { } current && last > current)
        {
            c.Add("reasons.lastReferralDate", $"The last referral ({last}) is after this referral ({current}).");
        }

        c.NotInFuture("reasons.latestIncidentDate", r.LatestIncidentDate, "The latest incident date");
        c.ShortText("reasons.lastReferralCaseNumber", r.LastReferralCaseNumber);
        c.LongText("reasons.additionalInformation", r.AdditionalInformation);
    }
}
