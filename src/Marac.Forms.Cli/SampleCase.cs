using Marac.Forms.Json;

namespace Marac.Forms.Cli;

/// <summary>The built-in fictional sample case, embedded in the tool from samples/data/case-complete.</summary>
internal sealed class SampleCase
{
    private const string ResourcePrefix = "sample/";

    private SampleCase(IReadOnlyList<(string Name, FormFile File)> files) => Files = files;

    /// <summary>Every form of the case with its resource name, in the order a case is worked: referral, Dash, sharing record, disclosures.</summary>
    internal IReadOnlyList<(string Name, FormFile File)> Files { get; }

    internal MaracReferral Referral => Single<MaracReferral>();

    internal DashChecklist Dash => Single<DashChecklist>();

    internal static SampleCase Load()
    {
        var assembly = typeof(SampleCase).Assembly;
        var files = new List<(string, FormFile)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var shortName = name.Substring(ResourcePrefix.Length);
            files.Add((shortName, MaracJson.ReadAny(stream, shortName)));
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException("The built-in sample case is missing from this build of marac-forms.");
        }

        return new SampleCase(files.OrderBy(f => WorkOrder(f.Item2.Form)).ThenBy(f => f.Item1, StringComparer.Ordinal).ToList());
    }

    private static int WorkOrder(object form) => form switch
    {
        MaracReferral => 0,
        DashChecklist => 1,
        SharingWithoutConsentRecord => 2,
        _ => 3,
    };

    private T Single<T>()
        where T : class =>
        Files.Select(f => f.File.Form).OfType<T>().Single();
}
