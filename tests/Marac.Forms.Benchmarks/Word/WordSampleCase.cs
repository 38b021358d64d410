using Marac.Forms.Json;

namespace Marac.Forms.Benchmarks.Word;

/// <summary>
/// The sample case pack the Word benchmarks measure: the referral, Dash checklist and record of sharing
/// without consent of <c>samples/data/case-complete</c>, read from the repository with <see cref="MaracJson"/>.
/// </summary>
internal sealed class WordSampleCase
{
    private WordSampleCase(MaracReferral referral, DashChecklist dash, SharingWithoutConsentRecord sharing)
    {
        Referral = referral;
        Dash = dash;
        Sharing = sharing;
    }

    internal MaracReferral Referral { get; }

    internal DashChecklist Dash { get; }

    internal SharingWithoutConsentRecord Sharing { get; }

    internal static WordSampleCase Load()
    {
        var folder = FindCaseFolder();
        return new WordSampleCase(
            Read<MaracReferral>(folder, "referral.json"),
            Read<DashChecklist>(folder, "dash.json"),
            Read<SharingWithoutConsentRecord>(folder, "sharing-without-consent.json"));
    }

    private static TForm Read<TForm>(string folder, string file)
        where TForm : class
    {
        var path = Path.Combine(folder, file);
        using var stream = File.OpenRead(path);
        return MaracJson.Read<TForm>(stream, path).Form;
    }

    /// <summary>BenchmarkDotNet runs the benchmarks from a generated folder below the build output, so look upwards for the repository.</summary>
    private static string FindCaseFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "samples", "data", "case-complete");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("samples/data/case-complete was not found above " + AppContext.BaseDirectory + "; run the benchmarks from inside the repository.");
    }
}
