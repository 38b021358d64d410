namespace Marac.Forms;

/// <summary>The rules a recorded disclosure decision must meet.</summary>
internal static class DisclosureDecisionValidator
{
    internal static ValidationReport Validate(DisclosureDecision d, ValidationOptions options)
    {
        var c = new ProblemCollector(options);
        c.Required("outcome", d.Outcome, "The decision (share or do not share)");
        c.ShortText("caseReference", d.CaseReference);
        c.LongText("informationConsidered", d.InformationConsidered);
        c.Required("recipient.name", d.Recipient.Name, "The agency the decision concerns");
        c.ShortText("recipient.name", d.Recipient.Name);
        c.Email("recipient.secureEmail", d.Recipient.SecureEmail);
        c.ShortText("recipientPerson", d.RecipientPerson);
        SharedValidators.Practitioner(c, "decidedBy", d.DecidedBy, "decision maker", required: true);
        c.Required("decidedOn", d.DecidedOn, "The decision date");
        c.NotInFuture("decidedOn", d.DecidedOn, "The decision date");
        c.ShortText("method", d.Method);

        if (d.Outcome == DisclosureOutcome.Share)
        {
            SharedValidators.LawfulBasisStatements(c, "lawfulBasis", d.LawfulBasis);
            c.Required("method", d.Method, "How the information is sent");
            SharedValidators.SensitiveCategories(
                c,
                "lawfulBasis",
                d.SensitiveDataShared,
                d.LawfulBasis,
                new[] { ("recipient.kind", d.Recipient.Kind) });
        }
        else if (d.Outcome == DisclosureOutcome.DoNotShare)
        {
            c.Required("lawfulBasis.reasons", d.LawfulBasis.Reasons, "The reasons for not sharing");
            c.LongText("lawfulBasis.reasons", d.LawfulBasis.Reasons);
            if (!string.IsNullOrWhiteSpace(d.Method))
            {
                c.Add("method", "Nothing is shared, so no method of sending should be recorded.");
            }

            if (!d.SensitiveDataShared.IsEmpty)
            {
                c.Add("sensitiveDataShared", "Nothing is shared, so no sensitive data categories should be listed.");
            }
        }

        return c.ToReport();
    }
}
