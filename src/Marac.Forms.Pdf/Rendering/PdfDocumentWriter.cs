using System.Security.Cryptography;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Writing;

namespace Marac.Forms.Pdf.Rendering;

/// <summary>
/// Writes laid-out pages as a tagged PDF 1.7 file in one pass: each page's content stream and page
/// object as soon as the page is drawn, then the subset fonts, the structure tree, the page tree,
/// the catalog, the metadata and, for an encrypted file, the encryption dictionary; then the
/// cross-reference table and a trailer whose /ID is a hash of everything before it.
/// </summary>
internal static class PdfDocumentWriter
{
    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    public static byte[] Write(FormDocument document, IReadOnlyList<PageLayout> pages, PageFurniture furniture, DateTimeOffset timestamp, PdfEncryption? encryption)
    {
        using var output = new PdfOutput(256 * 1024);
        using StandardSecurityHandler? security = encryption is null ? null : StandardSecurityHandler.Create(encryption.UserPassword, encryption.OwnerPassword);
        using var writer = new PdfObjectWriter(output, security);
        using var content = new ContentStream();
        output.Write(Header);

        CrossReferenceTable objects = writer.Objects;
        int catalog = objects.Allocate();
        int pageTree = objects.Allocate();
        int resources = objects.Allocate();
        int structureRoot = objects.Allocate();
        int metadata = objects.Allocate();
        int info = objects.Allocate();
        int encrypt = security is null ? 0 : objects.Allocate();
        var pageObjects = new int[pages.Count];
        var contentObjects = new int[pages.Count];
        for (int p = 0; p < pages.Count; p++)
        {
            pageObjects[p] = objects.Allocate();
            contentObjects[p] = objects.Allocate();
        }

        var structure = new StructureTree();
        var fonts = new FontResources(objects);
        for (int p = 0; p < pages.Count; p++)
        {
            content.Reset();
            var canvas = new PageCanvas(content, structure, fonts, p);
            DrawPage(canvas, pages[p], furniture, p + 1, pages.Count);
            writer.Stream(contentObjects[p], string.Empty, content.Output.WrittenSpan);
            PdfOutput page = writer.Begin(pageObjects[p]);
            page.Ascii("<</Type/Page/Parent ").Reference(pageTree)
                .Ascii("/MediaBox[0 0 ").Number(PageGeometry.Width).Write((byte)' ').Number(PageGeometry.Height)
                .Ascii("]/Resources ").Reference(resources).Ascii("/Contents ").Reference(contentObjects[p])
                .Ascii("/StructParents ").Integer(p).Ascii("/Tabs/S>>");
            writer.End();
        }

        foreach (FontUsage usage in fonts.Used)
        {
            FontEmbedder.Write(writer, usage);
        }

        PdfOutput o = writer.Begin(resources);
        o.Ascii("<</Font<<");
        foreach (FontUsage usage in fonts.Used)
        {
            o.Write((byte)'/').Ascii(usage.ResourceName).Write((byte)' ').Reference(usage.ObjectNumber);
        }

        o.Ascii(">>/ProcSet[/PDF/Text]>>");
        writer.End();

        o = writer.Begin(pageTree);
        o.Ascii("<</Type/Pages/Kids[");
        foreach (int page in pageObjects)
        {
            o.Reference(page).Write((byte)' ');
        }

        o.Ascii("]/Count ").Integer(pages.Count).Ascii(">>");
        writer.End();

        structure.Write(writer, structureRoot, pageObjects);
        DocumentMetadata.WriteXmp(writer, metadata, document.Title, timestamp);
        DocumentMetadata.WriteInfo(writer, info, document.Title, timestamp);

        o = writer.Begin(catalog);
        o.Ascii("<</Type/Catalog/Pages ").Reference(pageTree).Ascii("/PageLayout/SinglePage/Lang");
        writer.TextString(document.Form.Language);
        o.Ascii("/MarkInfo<</Marked true>>/StructTreeRoot ").Reference(structureRoot)
            .Ascii("/ViewerPreferences<</DisplayDocTitle true>>/Metadata ").Reference(metadata).Ascii(">>");
        writer.End();

        if (security is not null)
        {
            o = writer.Begin(encrypt);
            o.Ascii("<</Filter/Standard/V 5/R 6/Length 256/CF<</StdCF<</AuthEvent/DocOpen/CFM/AESV3/Length 32>>>>/StmF/StdCF/StrF/StdCF/O");
            writer.PlainHexString(security.O);
            o.Ascii("/U");
            writer.PlainHexString(security.U);
            o.Ascii("/OE");
            writer.PlainHexString(security.OE);
            o.Ascii("/UE");
            writer.PlainHexString(security.UE);
            o.Ascii("/P ").Integer(StandardSecurityHandler.Permissions).Ascii("/Perms");
            writer.PlainHexString(security.Perms);
            o.Ascii("/EncryptMetadata true>>");
            writer.End();
        }

        byte[] id = FileId(output);
        int xref = output.Length;
        objects.Write(output);
        output.Ascii("trailer\n<</Size ").Integer(objects.Size).Ascii("/Root ").Reference(catalog).Ascii("/Info ").Reference(info).Ascii("/ID[");
        writer.PlainHexString(id);
        writer.PlainHexString(id);
        output.Write((byte)']');
        if (security is not null)
        {
            output.Ascii("/Encrypt ").Reference(encrypt);
        }

        output.Ascii(">>\nstartxref\n").Integer(xref).Ascii("\n%%EOF\n");
        return output.ToArray();
    }

    private static void DrawPage(PageCanvas canvas, PageLayout page, PageFurniture furniture, int pageNumber, int pageCount)
    {
        canvas.BeginArtifact();
        furniture.Draw(canvas, pageNumber, pageCount);
        foreach (Placement placement in page.Placements)
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
        foreach (Placement placement in page.Placements)
        {
            switch (placement.Item)
            {
                case StructureStart start:
                    canvas.OpenFlowElement(start.Tag);
                    break;
                case StructureEnd:
                    canvas.CloseFlowElement();
                    break;
                case Flowable when placement.IsRepeatedHeader:
                    break;
                case Flowable flowable:
                    flowable.Draw(canvas, placement.Top);
                    break;
            }
        }

        canvas.Finish();
    }

    /// <summary>The first 16 bytes of a SHA-256 of the file so far: the same content always gets the same identifier.</summary>
    private static byte[] FileId(PdfOutput output)
    {
        ArraySegment<byte> written = output.WrittenSegment;
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(written.Array!, written.Offset, written.Count);
        }

        var id = new byte[16];
        Buffer.BlockCopy(hash, 0, id, 0, 16);
        return id;
    }
}
