using Marac.Forms.Documents;

namespace Marac.Forms;

/// <summary>Runs a form's own rules, then the rules every form shares, into one report.</summary>
internal static class RecordValidation
{
    internal static ValidationReport Run<TForm>(TForm form, ValidationOptions? options, Func<TForm, ValidationOptions, ValidationReport> rules)
        where TForm : class
    {
        var report = rules(form, options ?? ValidationOptions.Default);
        var unprintable = UnprintableTextFinder.FindIn(form);
        return unprintable.Count == 0 ? report : new ValidationReport(report.Problems.Concat(unprintable).ToArray(), report.Warnings);
    }
}
