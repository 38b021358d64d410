namespace Marac.Forms.TestData.Conformance;

/// <summary>
/// The A4 page budgets of issue 14 for the sample case (<c>samples/data/case-complete</c>) and the blank forms, in
/// PDF and in Word converted by LibreOffice. A form whose layout does not reach its budget yet carries the count it
/// reaches today as its ceiling, so the tests stop it growing while the work goes on; for the others the ceiling is
/// the budget.
/// </summary>
public static class PageBudgets
{
    /// <summary>One form's budget and ceiling, completed and blank.</summary>
    /// <param name="FormId">The form definition's id.</param>
    /// <param name="Completed">The budget for the completed sample.</param>
    /// <param name="Blank">The budget for the blank form.</param>
    /// <param name="CompletedCeiling">The most pages the completed sample may take today (the budget once it is met).</param>
    /// <param name="BlankCeiling">The most pages the blank form may take today (the budget once it is met).</param>
    public sealed record Budget(string FormId, int Completed, int Blank, int CompletedCeiling, int BlankCeiling);

    /// <summary>Every form's budget.</summary>
    public static IReadOnlyList<Budget> All { get; } =
    [
        new("marac-referral", Completed: 5, Blank: 6, CompletedCeiling: 5, BlankCeiling: 7),
        new("dash-checklist", Completed: 4, Blank: 4, CompletedCeiling: 4, BlankCeiling: 4),
        new("sharing-without-consent", Completed: 4, Blank: 4, CompletedCeiling: 5, BlankCeiling: 8),
        new("disclosure-decision", Completed: 2, Blank: 2, CompletedCeiling: 2, BlankCeiling: 5),
    ];

    /// <summary>The budget of a form by its id.</summary>
    public static Budget For(string formId) => All.Single(b => b.FormId == formId);
}
