using BenchmarkDotNet.Attributes;
using Marac.Forms.Documents;
using Marac.Forms.Pdf;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>The sample case pack (four forms) to PDF, against plain PDFsharp DrawString of the same text in the same run.</summary>
[MemoryDiagnoser]
public class PdfRenderBenchmarks
{
    private readonly PdfRenderer _renderer = new();
    private IReadOnlyList<FormDocument> _pack = [];

    [GlobalSetup]
    public void Setup()
    {
        _pack = PdfSampleCase.Pack;
        Marac.Forms.Pdf.Fonts.FontResolverInstallation.Ensure();
    }

    [Benchmark(Baseline = true, Description = "PDFsharp DrawString, same text")]
    public int PlainDrawString()
    {
        int bytes = 0;
        foreach (FormDocument document in _pack)
        {
            bytes += PlainDrawStringBaseline.Render(document).Length;
        }

        return bytes;
    }

    [Benchmark(Description = "PdfRenderer, case pack")]
    public int MaracPdf()
    {
        int bytes = 0;
        foreach (FormDocument document in _pack)
        {
            bytes += _renderer.Render(document).Length;
        }

        return bytes;
    }
}
