using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>The sample case of <c>samples/data/case-complete</c> as documents, by file name, with the case's referral date in every footer.</summary>
internal static class CaseFiles
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "samples", "data", "case-complete");

    internal static IReadOnlyDictionary<string, FormDocument> Documents()
    {
        var forms = System.IO.Directory.EnumerateFiles(Directory, "*.json").OrderBy(p => p, StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p =>
            {
                using var stream = File.OpenRead(p);
                return MaracJson.ReadAny(stream, p).Form;
            });
        var options = new FormDocumentOptions { ReferralDate = ((MaracReferral)forms["referral"]).ReferralDate };
        return forms.ToDictionary(f => f.Key, f => f.Value switch
        {
            MaracReferral referral => FormDocumentBuilder.Build(referral, options: options),
            DashChecklist dash => FormDocumentBuilder.Build(dash, options: options),
            SharingWithoutConsentRecord sharing => FormDocumentBuilder.Build(sharing, options: options),
            DisclosureDecision decision => FormDocumentBuilder.Build(decision, options: options),
            _ => throw new InvalidOperationException("Not a form: " + f.Key),
        });
    }
}
