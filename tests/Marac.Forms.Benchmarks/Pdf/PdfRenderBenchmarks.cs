using BenchmarkDotNet.Attributes;
using Marac.Forms.Documents;
using Marac.Forms.Pdf;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Rendering;
using Marac.Forms.Pdf.Writing;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>
/// The sample case pack (four forms) to PDF, against the limit baseline measured in the same run:
/// the same pages, already laid out and shaped, written by the PDF writer alone (content streams,
/// subset fonts, ToUnicode maps, Flate, the structure tree, the cross-reference table), with no
/// layout, line breaking or shaping. Beside them: the renderer with AES-256 encryption and the
/// revision-6 key derivation on its own. (The PDFsharp renderer this one replaced was timed in
/// the same class once, before it was deleted: tests/perf/pdf-renderer.md.)
/// </summary>
[MemoryDiagnoser]
public class PdfRenderBenchmarks
{
    private static readonly PdfEncryption Encryption = new("Larkspur-user-7", "Larkspur-owner-9");

    private readonly PdfRenderer _renderer = new();
    private readonly PdfRenderer _encrypting = new(new PdfRenderOptions { Encryption = Encryption });
    private IReadOnlyList<FormDocument> _pack = [];
    private (FormDocument Document, PageFurniture Furniture, List<PageLayout> Pages)[] _laidOut = [];

    [GlobalSetup]
    public void Setup()
    {
        _pack = PdfSampleCase.Pack;
        var fonts = new FontSet(FontRegistry.BundledFaces, []);
        _laidOut = _pack.Select(d =>
        {
            var furniture = new PageFurniture(d, fonts);
            return (d, furniture, new Paginator(furniture.BodyTop, furniture.BodyBottom).Paginate(DocumentLayouter.Layout(d, fonts)));
        }).ToArray();
    }

    [Benchmark(Baseline = true, Description = "limit: writer only, pages laid out and shaped")]
    public int WriterOnly()
    {
        int bytes = 0;
        foreach (var (document, furniture, pages) in _laidOut)
        {
            bytes += PdfDocumentWriter.Write(document, pages, furniture, PdfRenderOptions.FixedTimestamp, null).Length;
        }

        return bytes;
    }

    [Benchmark(Description = "PdfRenderer, case pack")]
    public int Renderer() => RenderPack(_renderer);

    [Benchmark(Description = "PdfRenderer, case pack, AES-256")]
    public int RendererEncrypted() => RenderPack(_encrypting);

    [Benchmark(Description = "R6 key derivation, once per form")]
    public int KeyDerivation()
    {
        int bytes = 0;
        for (int i = 0; i < _pack.Count; i++)
        {
            using var handler = StandardSecurityHandler.Create(Encryption.UserPassword, Encryption.OwnerPassword);
            bytes += handler.O.Length;
        }

        return bytes;
    }

    private int RenderPack(PdfRenderer renderer)
    {
        int bytes = 0;
        foreach (FormDocument document in _pack)
        {
            bytes += renderer.Render(document).Length;
        }

        return bytes;
    }
}
