using static Marac.Forms.ProblemCollector;

namespace Marac.Forms;

/// <summary>The rules a recorded disclosure decision must meet (seed 002 §3.2, §3.5, §4.1.5, §4.1.6, §4.3).</summary>
internal static class DisclosureDecisionValidator
{
    internal static ValidationReport Validate(DisclosureDecision d, ValidationOptions options)
    {
        var c = new ProblemCollector(options);
        c.Required("outcome", d.Outcome, "The decision (share or do not share)");
        c.ShortText("caseReference", d.CaseReference);
        c.LongText("informationConsidered", d.InformationConsidered);
        SharedValidators.Agency(c, "disclosingAgency", d.DisclosingAgency, "The agency that holds the information and decides", required: true);
        Request(c, d);
        c.ShortText("supplyingAgency", d.SupplyingAgency);
        if (string.IsNullOrWhiteSpace(d.SupplyingAgency) && d.SupplyingAgencyAgreed is not null)
        {
            c.Add("supplyingAgency", "The supplying agency's agreement is recorded, so name the agency that supplied the information.");
        }

        SharedValidators.Agency(c, "recipient", d.Recipient, "The agency the decision concerns", required: true);
        c.ShortText("recipientPerson", d.RecipientPerson);
        SharedValidators.Practitioner(c, "decidedBy", d.DecidedBy, "decision maker", required: true);
        c.Required("decidedOn", d.DecidedOn, "The decision date");
        c.NotInFuture("decidedOn", d.DecidedOn, "The decision date");
        c.ShortText("method", d.Method);
        c.LongText("onwardSharingConditions", d.OnwardSharingConditions);
        c.LongText("reasonsNotShared", d.ReasonsNotShared);

        if (d.Outcome == DisclosureOutcome.Share)
        {
            Share(c, d);
        }
        else if (d.Outcome == DisclosureOutcome.DoNotShare)
        {
            DoNotShare(c, d);
        }

        return c.ToReport();
    }

    private static void Share(ProblemCollector c, DisclosureDecision d)
    {
        if (d.LawfulBasis is not { } basis)
        {
            c.Add("lawfulBasis", "The information is shared, so the lawful basis is required, with its reasons, extent and permitted use (seed 002 §2.2).");
        }
        else
        {
            LawfulBasisValidator.Validate(c, "lawfulBasis", basis, new DisclosureContext
            {
                Categories = d.SensitiveDataShared,
                Decider = ("disclosingAgency.sector", d.DisclosingAgency.Sector),
                Recipients = new[] { new DisclosureContext.Recipient("recipient.kind", d.Recipient.Kind, "recipient.attendsMarac", d.Recipient.AttendsMarac) },
            });
        }

        c.Required("method", d.Method, "How the information is sent");
        c.Required("onwardSharingConditions", d.OnwardSharingConditions, "Whether, and to whom, the recipient may pass the information on (seed 002 §3.2, §4.3.1)");
        if (!string.IsNullOrWhiteSpace(d.SupplyingAgency))
        {
            c.Required("supplyingAgencyAgreed", d.SupplyingAgencyAgreed, "Whether the agency that supplied the information agreed (seed 002 §3.2: it stays that agency's property)");
        }

        if (d.SupplyingAgencyAgreed == false)
        {
            c.Add("supplyingAgencyAgreed", "The agency that supplied the information did not agree, so it cannot be shared: information shared at a MARAC stays the property of the agency that supplied it (seed 002 §3.2, §4.3.3).");
        }

        if (d.Request.ChairAgreed == false)
        {
            c.Add("request.chairAgreed", "The MARAC chair did not agree to the release, so the decision cannot be to share (seed 002 §4.1.6, §4.3.2).");
        }

        if (!string.IsNullOrWhiteSpace(d.ReasonsNotShared))
        {
            c.Add("reasonsNotShared", "The information is shared, so there are no reasons for not sharing: put the reasons for sharing in the lawful basis.");
        }
    }

    private static void DoNotShare(ProblemCollector c, DisclosureDecision d)
    {
        c.Required("reasonsNotShared", d.ReasonsNotShared, "The reasons for not sharing (seed 002 §3.5)");
        if (d.LawfulBasis is not null)
        {
            c.Add("lawfulBasis", "Nothing is shared, so no lawful basis is relied on: record the reasons for not sharing instead.");
        }

        if (!string.IsNullOrWhiteSpace(d.Method))
        {
            c.Add("method", "Nothing is shared, so no method of sending should be recorded.");
        }

        if (!string.IsNullOrWhiteSpace(d.OnwardSharingConditions))
        {
            c.Add("onwardSharingConditions", "Nothing is shared, so there are no conditions on passing it on.");
        }

        if (!d.SensitiveDataShared.IsEmpty)
        {
            c.Add("sensitiveDataShared", "Nothing is shared, so no sensitive data categories should be listed.");
        }
    }

    private static void Request(ProblemCollector c, DisclosureDecision d)
    {
        var r = d.Request;
        c.ShortText("request.requestedBy", r.RequestedBy);
        c.NotInFuture("request.requestedOn", r.RequestedOn, "The request date");
        c.NotInFuture("request.chairDecidedOn", r.ChairDecidedOn, "The chair's decision date");
        if (r.IsEmpty)
        {
            return;
        }

        c.Required("request.requestedBy", r.RequestedBy, "Who asked for the information (seed 002 §4.1.5)");
        c.Required("request.requestedOn", r.RequestedOn, "When the information was asked for (seed 002 §4.1.5)");
        c.Required("request.route", r.Route, "How the request came");
        if (r.Route is RequestRoute.ThroughMaracChair or RequestRoute.FamilyCourtThroughMaracChair)
        {
            c.Required("request.chairAgreed", r.ChairAgreed, "The request came through the MARAC chair, so the chair's decision (seed 002 §4.1.6, §4.3.2, §4.3.5)");
            c.Required("request.chairDecidedOn", r.ChairDecidedOn, "The date of the chair's decision");
        }
        else if (r.ChairAgreed is not null || r.ChairDecidedOn is not null)
        {
            c.Add("request.route", "A MARAC chair's decision is recorded, so the request came through the chair: say so in the route.");
        }

        if (r.RequestedOn is { } asked && r.ChairDecidedOn is { } chair && chair < asked)
        {
            c.Add("request.chairDecidedOn", $"The chair's decision ({chair}) is before the request ({asked}).");
        }

        if (r.RequestedOn is { } requested && d.DecidedOn is { } decided && decided < requested)
        {
            c.Add("decidedOn", $"The decision ({decided}) is before the request it answers ({requested}).");
        }
    }
}
