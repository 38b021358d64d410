using static Marac.Forms.ProblemCollector;

namespace Marac.Forms;

/// <summary>The rules a completed sharing-without-consent record must meet.</summary>
internal static class SharingWithoutConsentValidator
{
    internal static ValidationReport Validate(SharingWithoutConsentRecord s, ValidationOptions options)
    {
        var c = new ProblemCollector(options);
        SharedValidators.Agency(c, "sharingAgency", s.SharingAgency, "The agency sharing the information", required: true);
        SharedValidators.Name(c, "victimName", s.VictimName, "The victim's", required: true);
        SharedValidators.DateOfBirth(c, "victimDateOfBirth", s.VictimDateOfBirth, "The victim's");
        SharedValidators.Address(c, "victimAddress", s.VictimAddress);
        for (var i = 0; i < s.Children.Count; i++)
        {
            SharedValidators.Child(c, Index("children", i), s.Children[i]);
        }

        if (s.Risks.IsEmpty)
        {
            c.Add("risks", "At least one row of the risk table is required: who is at risk, from whom, and why.");
        }

        for (var i = 0; i < s.Risks.Count; i++)
        {
            var row = s.Risks[i];
            var path = Index("risks", i);
            c.Required(Join(path, "whoIsAtRisk"), row.WhoIsAtRisk, "Who is at risk");
            c.Required(Join(path, "atRiskFrom"), row.AtRiskFrom, "Whom they are at risk from");
            c.LongText(Join(path, "whoIsAtRisk"), row.WhoIsAtRisk);
            c.LongText(Join(path, "atRiskFrom"), row.AtRiskFrom);
            c.LongText(Join(path, "concerns"), row.Concerns);
            c.LongText(Join(path, "immediateRisks"), row.ImmediateRisks);
            c.ShortText(Join(path, "identifiedThrough"), row.IdentifiedThrough);
        }

        if (s.DashScore is { } score && (score < 0 || score > DashItems.Count))
        {
            c.Add("dashScore", $"must be between 0 and {DashItems.Count}; {score} is not a possible Dash score.");
        }

        if (s.DashAttached == true && s.DashScore is null)
        {
            c.Add("dashScore", "A Dash checklist is attached, so its score is required.");
        }

        c.Required("incidentDetails", s.IncidentDetails, "Details of the incident or information causing concern");
        c.LongText("incidentDetails", s.IncidentDetails);
        c.Required("informationSource", s.InformationSource, "The source of the information");
        c.ShortText("informationSource", s.InformationSource);

        Consent(c, s);
        if (s.RisksWeighed.IsEmpty)
        {
            c.Add("risksWeighed", "Record what was considered before sharing without consent (seed 002 §4.2.2).");
        }

        if (s.RisksWeighed.Distinct().Count() != s.RisksWeighed.Count)
        {
            c.Add("risksWeighed", "The same consideration is ticked more than once.");
        }

        LegalAuthority(c, s);
        LawfulBasisValidator.Validate(c, "currentLawBasis", s.CurrentLawBasis, new DisclosureContext
        {
            Categories = s.SensitiveDataShared,
            Decider = ("sharingAgency.sector", s.SharingAgency.Sector),
            Recipients = s.SharingLog.Select((e, i) => new DisclosureContext.Recipient(
                Join(Index("sharingLog", i), "agencyKind"), e.AgencyKind, Join(Index("sharingLog", i), "attendsMarac"), e.AttendsMarac)).ToArray(),
            WithoutConsent = true,
            Consent = ("consentPosition", s.ConsentPosition),
        });

        if (s.BalancingConsiderations.IsEmpty)
        {
            c.Add("balancingConsiderations", "Record which balancing considerations were weighed.");
        }

        if (s.BalancingConsiderations.Contains(BalancingConsideration.Other) && string.IsNullOrWhiteSpace(s.BalancingComments))
        {
            c.Add("balancingComments", "'Other' is ticked among the balancing considerations, so the comments must say what it was.");
        }

        c.LongText("balancingComments", s.BalancingComments);
        Consultations(c, "internalConsultations", s.InternalConsultations);
        Consultations(c, "externalConsultations", s.ExternalConsultations);

        c.Required("decisionDate", s.DecisionDate, "The date of the decision to share");
        c.NotInFuture("decisionDate", s.DecisionDate, "The decision date");

        c.Required("clientNotified", s.ClientNotified, "Whether the client was notified");
        if (s.ClientNotified == true)
        {
            c.Required("dateNotified", s.DateNotified, "The date the client was notified");
        }

        if (s.ClientNotified == false && string.IsNullOrWhiteSpace(s.NotNotifiedReason))
        {
            c.Add("notNotifiedReason", "The client was not notified, so the reason why not is required.");
        }

        c.LongText("notNotifiedReason", s.NotNotifiedReason);

        c.Required("reviewDate", s.ReviewDate, "The review date");
        if (s.ReviewDate is { } review && s.DecisionDate is { } decided && review < decided)
        {
            c.Add("reviewDate", $"The review date ({review}) is before the decision ({decided}).");
        }

        c.Required("reviewResponsiblePerson", s.ReviewResponsiblePerson, "The person responsible for the review");
        c.ShortText("reviewResponsiblePerson", s.ReviewResponsiblePerson);

        for (var i = 0; i < s.SharingLog.Count; i++)
        {
            var e = s.SharingLog[i];
            var path = Index("sharingLog", i);
            c.Required(Join(path, "dateShared"), e.DateShared, "The date shared");
            c.NotInFuture(Join(path, "dateShared"), e.DateShared, "The date shared");
            c.Required(Join(path, "agency"), e.Agency, "The agency informed");
            c.ShortText(Join(path, "agency"), e.Agency);
            c.ShortText(Join(path, "personInformed"), e.PersonInformed);
            c.Required(Join(path, "methodOfContact"), e.MethodOfContact, "The method of contact");
            c.ShortText(Join(path, "methodOfContact"), e.MethodOfContact);
            c.Required(Join(path, "legalAuthority"), e.LegalAuthority, "The legal authority for this agency");
            c.LongText(Join(path, "legalAuthority"), e.LegalAuthority);
        }

        SharedValidators.Signature(c, "caseworkerSignature", s.CaseworkerSignature, "caseworker", required: true);
        SharedValidators.Signature(c, "managerSignature", s.ManagerSignature, "manager", required: true);
        return c.ToReport();
    }

    private static void Consent(ProblemCollector c, SharingWithoutConsentRecord s)
    {
        c.Required("consentPosition", s.ConsentPosition, "Why consent is not in place");
        if (s.ConsentPosition == ConsentPosition.NotSought && s.ReasonsConsentNotSought.IsEmpty)
        {
            c.Add("reasonsConsentNotSought", "Consent was not sought, so record why: what asking would have done (seed 002 §4.2.4).");
        }

        if (s.ConsentPosition != ConsentPosition.NotSought && !s.ReasonsConsentNotSought.IsEmpty)
        {
            c.Add("reasonsConsentNotSought", "Reasons for not seeking consent are given, but consent is not recorded as not sought.");
        }

        if (s.ReasonsConsentNotSought.Distinct().Count() != s.ReasonsConsentNotSought.Count)
        {
            c.Add("reasonsConsentNotSought", "The same reason is ticked more than once.");
        }

        c.LongText("consentNotes", s.ConsentNotes);
    }

    private static void LegalAuthority(ProblemCollector c, SharingWithoutConsentRecord s)
    {
        var hasProtocol = s.ProtocolApplies == true;
        var hasGrounds = s.LegalGroundsApply == true && !s.LegalGrounds.IsEmpty;
        if (!hasProtocol && !hasGrounds)
        {
            c.Add("legalGrounds", "No legal authority to share is recorded: name a relevant protocol or tick at least one legal ground.");
        }

        if (hasProtocol)
        {
            c.Required("protocolDetails", s.ProtocolDetails, "The protocol relied on");
        }

        c.LongText("protocolDetails", s.ProtocolDetails);
        if (s.LegalGroundsApply == true && s.LegalGrounds.IsEmpty)
        {
            c.Add("legalGrounds", "Legal grounds are said to apply but none is ticked.");
        }

        if (s.LegalGroundsApply != true && !s.LegalGrounds.IsEmpty)
        {
            c.Add("legalGroundsApply", "Legal grounds are ticked, so answer Yes to legal grounds applying.");
        }

        if (s.LegalGrounds.Distinct().Count() != s.LegalGrounds.Count)
        {
            c.Add("legalGrounds", "The same legal ground is ticked more than once.");
        }
    }

    private static void Consultations(ProblemCollector c, string path, ValueList<Consultation> consultations)
    {
        for (var i = 0; i < consultations.Count; i++)
        {
            var item = consultations[i];
            var itemPath = Index(path, i);
            c.Required(Join(itemPath, "who"), item.Who, "Who was consulted");
            c.ShortText(Join(itemPath, "who"), item.Who);
            c.NotInFuture(Join(itemPath, "date"), item.Date, "The consultation date");
            c.LongText(Join(itemPath, "advice"), item.Advice);
            c.LongText(Join(itemPath, "decision"), item.Decision);
        }
    }
}
