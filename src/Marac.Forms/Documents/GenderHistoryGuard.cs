using Marac.Forms.DataProtection;
using static Marac.Forms.ProblemCollector;

namespace Marac.Forms.Documents;

/// <summary>
/// Keeps gender history off a printed form unless the Gender Recognition Act 2004 s.22 exemption it goes there
/// under is recorded beside it. Disclosing protected information about a person's gender history acquired in an
/// official capacity is an offence under s.22(1) unless an exemption in s.22(4) or its orders applies, and a
/// referral is sent to every agency at the MARAC; so such a form is not made, whatever else a draft may lack.
/// </summary>
internal static class GenderHistoryGuard
{
    /// <summary>Each place a record holds gender history without its exemption.</summary>
    internal static IReadOnlyList<ValidationProblem> FindIn(object record)
    {
        var problems = new List<ValidationProblem>();
        RecordWalker.Walk(record, (value, path) =>
        {
            if (value is DiversityAndNeeds diversity
                && (diversity.HasGenderHistory == true || !string.IsNullOrWhiteSpace(diversity.GenderHistoryDetails))
                && diversity.GenderHistoryExemption == GenderRecognitionExemption.None)
            {
                problems.Add(new ValidationProblem(
                    Join(path, "genderHistoryExemption"),
                    "is not recorded, so the gender history at " + Join(path, "genderHistoryDetails") + " is not printed: disclosing it without a Gender Recognition Act 2004 s.22(4) exemption can be an offence under s.22(1). Record the exemption relied on, or take the gender history off the form."));
            }
        });
        return problems;
    }
}
