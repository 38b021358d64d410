using Marac.Forms.Documents;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>Draws laid-out pages with PDFsharp into a tagged PDF and returns PDFsharp's uncompressed output.</summary>
internal static class PdfDocumentWriter
{
    public const string Creator = "Marac.Forms.Pdf";

    [ThreadStatic]
    private static MemoryStream? _scratch;

    private static MemoryStream ScratchBuffer => _scratch ??= new MemoryStream(256 * 1024);

    /// <returns>
    /// The file, in this thread's scratch buffer: valid until the thread's next call. Reusing the
    /// buffer keeps a batch from allocating a large array for every document.
    /// </returns>
    public static ArraySegment<byte> Write(FormDocument document, IReadOnlyList<PageLayout> pages, PageFurniture furniture, FontSet fonts, DateTimeOffset timestamp)
    {
        using PdfDocument pdf = LicensedPdfDocument.Create();
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = Creator;
        pdf.Info.CreationDate = timestamp.UtcDateTime;
        pdf.Info.ModificationDate = timestamp.UtcDateTime;
        pdf.PageLayout = PdfPageLayout.SinglePage;

        UAManager accessibility = UAManager.ForDocument(pdf);
        accessibility.SetDocumentLanguage(document.Form.Language);
        StructureBuilder structure = accessibility.StructureBuilder;
        var cache = new FontCache(fonts);

        XGraphics? graphics = null;
        for (int p = 0; p < pages.Count; p++)
        {
            PdfPage page = pdf.AddPage();
            page.Width = XUnit.FromPoint(PageGeometry.Width);
            page.Height = XUnit.FromPoint(PageGeometry.Height);

            // Adding the page closed the previous page's open marked content through its graphics,
            // so those may go now; open structure elements carry on to this page.
            if (graphics is not null)
            {
                graphics.Dispose();
            }

            graphics = XGraphics.FromPdfPage(page);
            var canvas = new PageCanvas(graphics, structure, cache);
            canvas.BeginArtifact();
            furniture.Draw(canvas, p + 1, pages.Count);
            foreach (Placement placement in pages[p].Placements)
            {
                if (placement.Item is Flowable flowable)
                {
                    flowable.DrawDecoration(canvas, placement.Top);
                    if (placement.IsRepeatedHeader)
                    {
                        flowable.Draw(canvas, placement.Top);
                    }
                }
            }

            canvas.End();
            foreach (Placement placement in pages[p].Placements)
            {
                switch (placement.Item)
                {
                    case StructureStart start:
                        StructureElements.Begin(structure, start.Tag);
                        break;
                    case StructureEnd:
                        structure.End();
                        break;
                    case Flowable when placement.IsRepeatedHeader:
                        break;
                    case Flowable flowable:
                        flowable.Draw(canvas, placement.Top);
                        break;
                }
            }
        }

        structure.EndMarkedContentsWithId();
        graphics?.Dispose();
        MemoryStream output = ScratchBuffer;
        output.SetLength(0);
        pdf.Save(output, closeStream: false);
        return new ArraySegment<byte>(output.GetBuffer(), 0, (int)output.Length);
    }
}
