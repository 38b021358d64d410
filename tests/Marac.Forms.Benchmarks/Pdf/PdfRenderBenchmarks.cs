using BenchmarkDotNet.Attributes;
using Marac.Forms.Documents;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>The sample case pack (four forms) to PDF.</summary>
[MemoryDiagnoser]
public class PdfRenderBenchmarks
{
    private readonly PdfSharpRenderer.PdfRenderer _pdfSharp = new();
    private IReadOnlyList<FormDocument> _pack = [];

    [GlobalSetup]
    public void Setup()
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        _pack = PdfSampleCase.Pack;
    }

    [Benchmark(Baseline = true, Description = "PDFsharp PdfRenderer, case pack")]
    public int PdfSharpRendererPack()
    {
        int bytes = 0;
        foreach (FormDocument document in _pack)
        {
            bytes += _pdfSharp.Render(document).Length;
        }

        return bytes;
    }
}
