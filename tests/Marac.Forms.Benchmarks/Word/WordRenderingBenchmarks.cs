using BenchmarkDotNet.Attributes;
using Marac.Forms.DataProtection;
using Marac.Forms.Documents;
using Marac.Forms.Json;
using Marac.Forms.Word;

namespace Marac.Forms.Benchmarks.Word;

/// <summary>
/// Word output for the sample case pack (<c>samples/data/case-complete</c>): the referral, the Dash checklist
/// and the record of sharing without consent. The baseline writes the same three records as JSON nodes,
/// measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class WordRenderingBenchmarks
{
    private static readonly LawfulBasis Basis = new()
    {
        Article6 = Article6Basis.PublicTask,
        Reasons = "Timing the library on its built-in fictional case.",
        Extent = "The sample case pack, held in memory only.",
        PermittedUse = "Measuring; nothing is kept or sent.",
    };

    private readonly WordRenderer renderer = new();
    private readonly MemoryStream output = new();
    private WordSampleCase pack = null!;
    private FormDocumentOptions options = FormDocumentOptions.Default;
    private FormDocument[] documents = Array.Empty<FormDocument>();
    private byte[][] rendered = Array.Empty<byte[]>();

    [GlobalSetup]
    public void Setup()
    {
        pack = WordSampleCase.Load();
        options = new FormDocumentOptions { ReferralDate = pack.Referral.ReferralDate };
        documents = new[]
        {
            FormDocumentBuilder.Build(pack.Referral, options: options),
            FormDocumentBuilder.Build(pack.Dash, options: options),
            FormDocumentBuilder.Build(pack.Sharing, options: options),
        };
        rendered = documents.Select(renderer.Render).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Pack as JSON (baseline)")]
    public long PackAsJson()
    {
        var length = MaracJson.SerializeFormToNode(pack.Referral, Basis).ToJsonString().Length
            + MaracJson.SerializeFormToNode(pack.Dash, Basis).ToJsonString().Length
            + MaracJson.SerializeFormToNode(pack.Sharing, Basis).ToJsonString().Length;
        return length;
    }

    [Benchmark(Description = "Pack: records to FormDocuments")]
    public int BuildDocuments() =>
        FormDocumentBuilder.Build(pack.Referral, options: options).Sections.Count
        + FormDocumentBuilder.Build(pack.Dash, options: options).Sections.Count
        + FormDocumentBuilder.Build(pack.Sharing, options: options).Sections.Count;

    [Benchmark(Description = "Pack: FormDocuments to .docx")]
    public long RenderDocuments()
    {
        output.SetLength(0);
        foreach (var document in documents)
        {
            renderer.Render(document, output);
        }

        return output.Length;
    }

    [Benchmark(Description = "Pack: records to .docx (end to end)")]
    public long RenderPack()
    {
        output.SetLength(0);
        renderer.RenderForm(pack.Referral, output, documentOptions: options);
        renderer.RenderForm(pack.Dash, output, documentOptions: options);
        renderer.RenderForm(pack.Sharing, output, documentOptions: options);
        return output.Length;
    }

    [Benchmark(Description = "Pack: .docx read back to records")]
    public int ReadPack() =>
        WordFormReader.Read<MaracReferral>(new MemoryStream(rendered[0])).Children.Count
        + WordFormReader.Read<DashChecklist>(new MemoryStream(rendered[1])).Score
        + WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(rendered[2])).Risks.Count;
}
