using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Word.Tests;

/// <summary>The fictional sample cases of <c>samples/data</c>, each file by a name such as <c>case-complete-referral</c>.</summary>
internal static class SampleFiles
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "samples", "data");

    private static readonly Lazy<IReadOnlyDictionary<string, object>> Forms = new(Load);

    internal static IReadOnlyDictionary<string, object> All => Forms.Value;

    /// <summary>The case pack: every form of <c>samples/data/case-complete</c>.</summary>
    internal static IEnumerable<KeyValuePair<string, object>> CaseComplete => All.Where(f => f.Key.StartsWith("case-complete-", StringComparison.Ordinal));

    internal static MaracReferral CaseCompleteReferral => (MaracReferral)All["case-complete-referral"];

    /// <summary>The footer's review date counts from the case's referral, for every form of the pack.</summary>
    internal static FormDocumentOptions CaseCompleteOptions => new() { ReferralDate = CaseCompleteReferral.ReferralDate };

    internal static FormDocument Build(object form, FormDocumentOptions? options = null) => form switch
    {
        MaracReferral referral => FormDocumentBuilder.Build(referral, options: options),
        DashChecklist dash => FormDocumentBuilder.Build(dash, options: options),
        SharingWithoutConsentRecord sharing => FormDocumentBuilder.Build(sharing, options: options),
        DisclosureDecision decision => FormDocumentBuilder.Build(decision, options: options),
        _ => throw new ArgumentException("Not a form: " + form.GetType().Name, nameof(form)),
    };

    internal static object Read(object like, byte[] docx) => like switch
    {
        MaracReferral => WordFormReader.Read<MaracReferral>(new MemoryStream(docx)),
        DashChecklist => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)),
        SharingWithoutConsentRecord => WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(docx)),
        DisclosureDecision => WordFormReader.Read<DisclosureDecision>(new MemoryStream(docx)),
        _ => throw new ArgumentException("Not a form: " + like.GetType().Name, nameof(like)),
    };

    private static IReadOnlyDictionary<string, object> Load()
    {
        var forms = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(path)) + "-" + Path.GetFileNameWithoutExtension(path);
            using var stream = File.OpenRead(path);
            forms[name] = MaracJson.ReadAny(stream, path).Form;
        }

        if (forms.Count == 0)
        {
            throw new InvalidOperationException("No sample files were found in " + Directory);
        }

        return forms;
    }
}
