using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;
using PdfSharp.UniversalAccessibility;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>Maps the renderer's structure types to PDFsharp's tagged-PDF elements.</summary>
internal static class StructureElements
{
    public static void Begin(StructureBuilder structure, StructureTag tag)
    {
        switch (tag)
        {
            case StructureTag.Section: structure.BeginElement(PdfGroupingElementTag.Section); break;
            case StructureTag.Caption: structure.BeginElement(PdfGroupingElementTag.Caption); break;
            case StructureTag.Heading1: structure.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case StructureTag.Heading2: structure.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case StructureTag.Heading3: structure.BeginElement(PdfBlockLevelElementTag.Heading3); break;
            case StructureTag.Heading4: structure.BeginElement(PdfBlockLevelElementTag.Heading4); break;
            case StructureTag.Table: structure.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureTag.TableRow: structure.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureTag.TableHeaderCell: structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell); break;
            case StructureTag.TableDataCell: structure.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            default: structure.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
        }
    }
}
