using BenchmarkDotNet.Attributes;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>Where the time of one case pack goes: layout and pagination, drawing with PDFsharp (tagged, uncompressed), and the finishing pass (compression, ids, cross-reference table).</summary>
[MemoryDiagnoser]
public class PdfStageBenchmarks
{
    private readonly FontSet _fonts = new(FontRegistry.BundledFaces, []);
    private IReadOnlyList<FormDocument> _pack = [];
    private (FormDocument Document, PageFurniture Furniture, List<PageLayout> Pages)[] _laidOut = [];
    private byte[][] _drawn = [];

    [GlobalSetup]
    public void Setup()
    {
        _pack = PdfSampleCase.Pack;
        FontResolverInstallation.Ensure();
        _laidOut = _pack.Select(d =>
        {
            var furniture = new PageFurniture(d, _fonts);
            return (d, furniture, new Paginator(furniture.BodyTop, furniture.BodyBottom).Paginate(DocumentLayouter.Layout(d, _fonts)));
        }).ToArray();
        _drawn = _laidOut.Select(l => PdfDocumentWriter.Write(l.Document, l.Pages, l.Furniture, _fonts, DateTimeOffset.UnixEpoch).ToArray()).ToArray();
    }

    [Benchmark(Description = "layout and pagination")]
    public int LayoutAndPaginate()
    {
        int pages = 0;
        foreach (FormDocument document in _pack)
        {
            var furniture = new PageFurniture(document, _fonts);
            pages += new Paginator(furniture.BodyTop, furniture.BodyBottom).Paginate(DocumentLayouter.Layout(document, _fonts)).Count;
        }

        return pages;
    }

    [Benchmark(Description = "drawing with PDFsharp (tagged, uncompressed)")]
    public int Draw()
    {
        int bytes = 0;
        foreach (var (document, furniture, pages) in _laidOut)
        {
            bytes += PdfDocumentWriter.Write(document, pages, furniture, _fonts, DateTimeOffset.UnixEpoch).Count;
        }

        return bytes;
    }

    [Benchmark(Description = "finishing (compression, ids, xref)")]
    public int Finish()
    {
        int bytes = 0;
        foreach (byte[] drawn in _drawn)
        {
            bytes += PdfFileFinisher.Finish(drawn, contentDerivedIds: true).Length;
        }

        return bytes;
    }
}
