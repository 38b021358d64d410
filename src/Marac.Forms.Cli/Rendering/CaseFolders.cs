using Marac.Forms.Json;

namespace Marac.Forms.Cli.Rendering;

/// <summary>
/// Groups form files into cases, a case being the forms in one folder, and gives each form what its case knows:
/// the date of the case's referral to MARAC (for the review or disposal line) and, for the referral, the case's
/// Dash checklist to be checked against.
/// </summary>
internal static class CaseFolders
{
    internal static IReadOnlyList<CaseFolder> Group(IReadOnlyList<RenderInput> inputs)
    {
        var cases = new List<CaseFolder>();
        foreach (var folder in inputs.GroupBy(i => Path.GetDirectoryName(Path.GetFullPath(i.Path))!, StringComparer.Ordinal))
        {
            var forms = folder.ToArray();
            var loaded = new FormFile?[forms.Length];
            Parallel.For(0, forms.Length, i => loaded[i] = FormFileLoader.TryLoad(forms[i].Path, out var file, out _) ? file : null);

            var referrals = loaded.Select(f => f?.Form).OfType<MaracReferral>().ToArray();
            var dashes = loaded.Select(f => f?.Form).OfType<DashChecklist>().ToArray();
            var referralDate = referrals.Length == 1 ? referrals[0].ReferralDate : null;
            var dash = dashes.Length == 1 ? dashes[0] : null;
            var prepared = forms.Select((input, i) => input with
            {
                ReferralDate = referralDate,
                CaseDash = loaded[i]?.Form is MaracReferral ? dash : null,
            }).ToArray();
            cases.Add(new CaseFolder(CaseName(forms[0]), prepared, referrals.Length, dashes.Length, referralDate));
        }

        return cases;
    }

    private static string CaseName(RenderInput first)
    {
        var folder = Path.GetDirectoryName(first.OutputBaseName);
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(first.Path)))! : folder;
    }
}

/// <summary>One case: its forms, prepared with what the case knows, and what was found in it.</summary>
internal sealed record CaseFolder(string Name, IReadOnlyList<RenderInput> Forms, int Referrals, int Dashes, CalendarDate? ReferralDate)
{
    /// <summary>How the case's review line is dated, in words for the admin.</summary>
    internal string ReviewDating => Referrals switch
    {
        0 => "no referral in the folder, so review lines are printed without a date",
        1 when ReferralDate is { } date => $"review lines dated from the referral of {date.ToUkString()}",
        1 => "the referral records no referral date, so review lines are printed without a date",
        _ => $"{Referrals} referrals in one folder, so review lines are printed without a date; give each case a folder of its own",
    };
}
