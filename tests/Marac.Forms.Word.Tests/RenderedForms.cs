using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Tests;

/// <summary>
/// The documents the tests render: the sample case's three forms, two with answers longer than a page, and every blank
/// form (with and without the Scottish overlay).
/// </summary>
internal static class RenderedForms
{
    internal static FormDocumentOptions CaseOptions { get; } = new() { ReferralDate = SampleCase.ReferralDate };

    internal static byte[] Referral => new WordRenderer().Render(FormDocumentBuilder.Build(SampleCase.Referral, options: CaseOptions));

    internal static byte[] Dash => new WordRenderer().Render(FormDocumentBuilder.Build(SampleCase.Dash, options: CaseOptions));

    internal static byte[] Sharing => new WordRenderer().Render(FormDocumentBuilder.Build(SampleCase.Sharing, options: CaseOptions));

    internal static IEnumerable<FormDefinition> AllDefinitions =>
        FormDefinitions.All.Concat(FormDefinitions.All.Select(d => d.WithOverlay(FormOverlays.Scotland)));

    /// <summary>Every rendered document by a file-safe name.</summary>
    internal static IEnumerable<KeyValuePair<string, byte[]>> All()
    {
        yield return new("sample-referral", Referral);
        yield return new("sample-dash", Dash);
        yield return new("sample-sharing", Sharing);
        yield return new("long-answers-referral", new WordRenderer().Render(FormDocumentBuilder.Build(LongAnswers.Referral, options: CaseOptions)));
        yield return new("long-answers-sharing", new WordRenderer().Render(FormDocumentBuilder.Build(LongAnswers.Sharing, options: CaseOptions)));
        foreach (var form in SampleFiles.CaseComplete)
        {
            yield return new(form.Key, new WordRenderer().Render(SampleFiles.Build(form.Value, SampleFiles.CaseCompleteOptions)));
        }

        foreach (var definition in AllDefinitions)
        {
            var name = "blank-" + definition.Id + (definition.AppliedOverlays.Count > 0 ? "-" + definition.AppliedOverlays[0].ToLowerInvariant() : string.Empty);
            yield return new(name, new WordRenderer().Render(FormDocumentBuilder.BuildBlank(definition)));
        }
    }
}
