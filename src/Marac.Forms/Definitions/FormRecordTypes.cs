namespace Marac.Forms.Definitions;

/// <summary>The record types a form definition may bind to, by the name used in definition files.</summary>
internal static class FormRecordTypes
{
    private static readonly KeyValuePair<string, Type>[] Known =
    {
        new("maracReferral", typeof(MaracReferral)),
        new("dashChecklist", typeof(DashChecklist)),
        new("sharingWithoutConsent", typeof(SharingWithoutConsentRecord)),
        new("disclosureDecision", typeof(DisclosureDecision)),
    };

    internal static IEnumerable<string> Names => Known.Select(k => k.Key);

    internal static Type? Find(string name)
    {
        foreach (var known in Known)
        {
            if (known.Key == name)
            {
                return known.Value;
            }
        }

        return null;
    }
}
