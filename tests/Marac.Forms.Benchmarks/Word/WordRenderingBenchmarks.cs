using BenchmarkDotNet.Attributes;
using Marac.Forms.Documents;
using Marac.Forms.Json;
using Marac.Forms.Word;
using Marac.Forms.Word.Tests;

namespace Marac.Forms.Benchmarks.Word;

/// <summary>
/// Word output for the sample case pack: the referral, the Dash checklist and the record of sharing
/// without consent. The baseline writes the same three records as JSON, measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class WordRenderingBenchmarks
{
    private readonly MemoryStream output = new();
    private readonly FormDocumentOptions options = new() { ReferralDate = SampleCase.ReferralDate };
    private FormDocument[] documents = Array.Empty<FormDocument>();
    private byte[][] rendered = Array.Empty<byte[]>();

    [GlobalSetup]
    public void Setup()
    {
        documents = new[]
        {
            FormDocumentBuilder.Build(SampleCase.Referral, options: options),
            FormDocumentBuilder.Build(SampleCase.Dash, options: options),
            FormDocumentBuilder.Build(SampleCase.Sharing, options: options),
        };
        rendered = documents.Select(WordRenderer.Render).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Pack as JSON (baseline)")]
    public long PackAsJson()
    {
        var length = MaracJson.SerializeFormToNode(SampleCase.Referral).ToJsonString().Length
            + MaracJson.SerializeFormToNode(SampleCase.Dash).ToJsonString().Length
            + MaracJson.SerializeFormToNode(SampleCase.Sharing).ToJsonString().Length;
        return length;
    }

    [Benchmark(Description = "Pack: records to FormDocuments")]
    public int BuildDocuments() =>
        FormDocumentBuilder.Build(SampleCase.Referral, options: options).Sections.Count
        + FormDocumentBuilder.Build(SampleCase.Dash, options: options).Sections.Count
        + FormDocumentBuilder.Build(SampleCase.Sharing, options: options).Sections.Count;

    [Benchmark(Description = "Pack: FormDocuments to .docx")]
    public long RenderDocuments()
    {
        output.SetLength(0);
        foreach (var document in documents)
        {
            WordRenderer.Render(document, output);
        }

        return output.Length;
    }

    [Benchmark(Description = "Pack: records to .docx (end to end)")]
    public long RenderPack()
    {
        output.SetLength(0);
        WordRenderer.RenderForm(SampleCase.Referral, output, options: options);
        WordRenderer.RenderForm(SampleCase.Dash, output, options: options);
        WordRenderer.RenderForm(SampleCase.Sharing, output, options: options);
        return output.Length;
    }

    [Benchmark(Description = "Pack: .docx read back to records")]
    public int ReadPack() =>
        WordFormReader.Read<MaracReferral>(new MemoryStream(rendered[0])).Children.Count
        + WordFormReader.Read<DashChecklist>(new MemoryStream(rendered[1])).Score
        + WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(rendered[2])).Risks.Count;
}
