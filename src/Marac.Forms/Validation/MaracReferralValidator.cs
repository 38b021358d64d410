using static Marac.Forms.ProblemCollector;

namespace Marac.Forms;

/// <summary>The rules a completed MARAC referral must meet.</summary>
internal static class MaracReferralValidator
{
    internal static ValidationReport Validate(MaracReferral r, DashChecklist? attachedDash, ValidationOptions options)
    {
        var c = new ProblemCollector(options);
        c.ShortText("maracArea", r.MaracArea);
        c.Email("maracSecureEmail", r.MaracSecureEmail);

        c.Required("referringAgency.name", r.ReferringAgency.Name, "The referring agency");
        c.ShortText("referringAgency.name", r.ReferringAgency.Name);
        c.Email("referringAgency.secureEmail", r.ReferringAgency.SecureEmail);
        if (r.ReferringAgency.Kind == AgencyKind.ImmigrationEnforcement)
        {
            c.Add("referringAgency.kind", "Immigration enforcement does not attend or refer to MARACs.");
        }

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
        Criteria(c, r, attachedDash);

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
        GenderHistory(c, d);
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

    private static void GenderHistory(ProblemCollector c, DiversityAndNeeds d)
    {
        var recorded = d.HasGenderHistory == true || !string.IsNullOrWhiteSpace(d.GenderHistoryDetails);
        if (d.HasGenderHistory == false && !string.IsNullOrWhiteSpace(d.GenderHistoryDetails))
        {
            c.Add("victim.diversity.genderHistoryDetails", "Gender history details are given, but the victim is recorded as having no gender history.");
        }

        if (recorded && d.GenderHistoryExemption == DataProtection.GenderRecognitionExemption.None)
        {
            c.Add("victim.diversity.genderHistoryExemption", "Gender history is on the referral, which goes to every agency at the MARAC: record the exemption that allows it (Gender Recognition Act 2004 s.22(4), or an order under s.22(5)), usually the victim's agreement, or leave it off. Disclosing it without one is an offence.");
        }

        if (recorded)
        {
            LawfulBasisValidator.CrimeExemption(c, "victim.diversity.genderHistoryExemption", d.GenderHistoryExemption);
        }
    }

    /// <summary>Checks the ticked criteria against the facts, and the referral against the Dash checklist attached to it.</summary>
    private static void Criteria(ProblemCollector c, MaracReferral r, DashChecklist? dash)
    {
        var settings = c.Options.Criteria;
        var reasons = r.Reasons;
        var score = reasons.DashScore ?? dash?.Score;
        if (score is < 0 or > DashItems.Count)
        {
            return;
        }

        var result = ReferralCriteria.Evaluate(score, reasons, r.ReferralDate, settings);
        if (score is { } s)
        {
            if (reasons.VisibleHighRisk == true && !result.VisibleHighRisk.IsMet)
            {
                c.Add("reasons.visibleHighRisk", $"Visible high risk needs a Dash score of {settings.VisibleHighRiskThreshold} or more; the score is {s}. Use professional judgement to raise risk instead.");
            }
            else if (reasons.VisibleHighRisk != true && result.VisibleHighRisk.IsMet)
            {
                c.Add("reasons.visibleHighRisk", $"The Dash score of {s} meets visible high risk ({settings.VisibleHighRiskThreshold} or more), but visible high risk is {(reasons.VisibleHighRisk == false ? "answered No" : "not ticked")}. Professional judgement can raise risk, never lower a score.");
            }
        }

        if (reasons.PoliceIncidentsInPast12Months is { } incidents and >= 0)
        {
            if (reasons.PotentialEscalation == true && !result.PotentialEscalation.IsMet)
            {
                c.Add("reasons.potentialEscalation", $"Potential escalation is ticked, but {incidents} police-reported incident(s) in the past 12 months is below this area's threshold of {settings.EscalationThreshold}.");
            }
            else if (reasons.PotentialEscalation != true && result.PotentialEscalation.IsMet)
            {
                c.Add("reasons.potentialEscalation", $"{incidents} police-reported incidents in the past 12 months meets this area's potential-escalation threshold of {settings.EscalationThreshold}, but potential escalation is {(reasons.PotentialEscalation == false ? "answered No" : "not ticked")}.");
            }
        }

        var datesKnown = reasons.LastReferralDate is not null && (reasons.LatestIncidentDate ?? r.ReferralDate) is not null;
        if (datesKnown && reasons.Repeat == true && !result.Repeat.IsMet)
        {
            c.Add("reasons.repeat", "Repeat is ticked, but it is not met: " + result.Repeat.Reason);
        }
        else if (reasons.LastReferralDate is not null && reasons.Repeat != true && result.Repeat.IsMet)
        {
            c.Add("reasons.repeat", $"Repeat is {(reasons.Repeat == false ? "answered No" : "not ticked")}, but it is met: " + result.Repeat.Reason);
        }

        var dashOn = reasons.DashCompletedOn ?? dash?.CompletedOn;
        if (dash is not null)
        {
            if (reasons.DashScore is { } given && given != dash.Score)
            {
                c.Add("reasons.dashScore", $"The referral gives a Dash score of {given}, but the attached checklist scores {dash.Score}.");
            }

            if (reasons.DashCompletedOn is { } on && dash.CompletedOn is { } completed && on != completed)
            {
                c.Add("reasons.dashCompletedOn", $"The referral says the Dash checklist was completed on {on}, but the attached checklist is dated {completed}.");
            }
        }

        if (dashOn is { } assessed && reasons.LatestIncidentDate is { } incident && incident > assessed)
        {
            c.Add("reasons.dashCompletedOn", $"The Dash checklist ({assessed}) is older than the latest incident ({incident}). Risk changes: complete a new checklist after every new incident.");
        }
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
