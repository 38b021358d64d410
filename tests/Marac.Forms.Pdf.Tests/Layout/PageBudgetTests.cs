using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Layout;

/// <summary>The sample case and the blank forms fit their page budgets (issue 14), counted by pdfinfo.</summary>
public sealed class PageBudgetTests(LaidOutForms forms) : IClassFixture<LaidOutForms>
{
    [ConformanceFact(PdfTools.PdfInfo)]
    public void Every_form_of_the_sample_case_and_every_blank_form_fits_its_page_budget()
    {
        var over = new List<string>();
        foreach (LaidOutForm form in forms.All)
        {
            PageBudgets.Budget budget = PageBudgets.For(form.Document.Form.Id);
            bool blank = form.Document.IsBlank;
            int ceiling = blank ? budget.BlankCeiling : budget.CompletedCeiling;
            int pages = form.Pages;
            if (pages > ceiling)
            {
                over.Add($"{form.Name}: {pages} pages, more than {ceiling}");
            }
        }

        Assert.True(over.Count == 0, string.Join("; ", over));
    }

    [ConformanceFact(PdfTools.PdfInfo)]
    public void The_Dash_checklist_fits_the_familiar_four_pages_completed_and_blank()
    {
        PageBudgets.Budget budget = PageBudgets.For("dash-checklist");
        var dash = forms.All.Where(f => f.Document.Form.Id == "dash-checklist").ToList();

        Assert.Equal(2, dash.Count);
        Assert.All(dash, f => Assert.InRange(f.Pages, 1, f.Document.IsBlank ? budget.Blank : budget.Completed));
    }
}
