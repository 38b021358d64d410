using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>
/// Draws on one PDF page through PDFsharp and keeps the tagged-PDF structure in step: text goes
/// into the open structure element, decoration into artifacts. Inside an artifact, structure
/// requests are ignored, so the same drawing code serves a repeated table header.
/// </summary>
internal sealed class PageCanvas
{
    private readonly XGraphics _graphics;
    private readonly StructureBuilder _structure;
    private readonly FontCache _fonts;
    private readonly Stack<Opened> _open = new();
    private int _artifactDepth;

    public PageCanvas(XGraphics graphics, StructureBuilder structure, FontCache fonts)
    {
        _graphics = graphics;
        _structure = structure;
        _fonts = fonts;
    }

    /// <summary>Opens a structure element (ignored inside an artifact).</summary>
    public void Begin(StructureTag tag)
    {
        if (_artifactDepth > 0)
        {
            _open.Push(Opened.IgnoredElement);
            return;
        }

        StructureElements.Begin(_structure, tag);
        _open.Push(Opened.Element);
    }

    /// <summary>Opens an artifact: content that is not part of the document's logical structure.</summary>
    public void BeginArtifact()
    {
        if (_artifactDepth == 0)
        {
            _structure.BeginArtifact();
            _open.Push(Opened.Artifact);
        }
        else
        {
            _open.Push(Opened.NestedArtifact);
        }

        _artifactDepth++;
    }

    /// <summary>Closes the innermost element or artifact opened on this canvas.</summary>
    public void End()
    {
        switch (_open.Pop())
        {
            case Opened.Element:
                _structure.End();
                break;
            case Opened.Artifact:
                _artifactDepth--;
                _structure.End();
                break;
            case Opened.NestedArtifact:
                _artifactDepth--;
                break;
        }
    }

    public void DrawText(TextLine line, double x, double top)
    {
        PreparedText text = line.Source;
        if (line.End <= line.Start)
        {
            return;
        }

        TextFormat format = text.Format;
        double baseline = top + _fonts.BaselineOffset(format);
        XBrush brush = _fonts.Brush(format.Gray);
        int runStart = line.Start;
        while (runStart < line.End)
        {
            byte face = text.FaceOfChar[runStart];
            int runEnd = runStart + 1;
            while (runEnd < line.End && text.FaceOfChar[runEnd] == face)
            {
                runEnd++;
            }

            XFont font = _fonts.Get(text.Fonts.Face(format.Style, face), format.Size);
            _graphics.DrawString(text.Text.Substring(runStart, runEnd - runStart), font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += text.Width(runStart, runEnd);
            runStart = runEnd;
        }
    }

    public void StrokeLine(double x1, double y1, double x2, double y2, double width, double gray) =>
        _graphics.DrawLine(_fonts.Pen(width, gray), x1, y1, x2, y2);

    public void StrokeRectangle(double x, double y, double width, double height, double lineWidth, double gray) =>
        _graphics.DrawRectangle(_fonts.Pen(lineWidth, gray), x, y, width, height);

    public void FillRectangle(double x, double y, double width, double height, double gray) =>
        _graphics.DrawRectangle(_fonts.Brush(gray), x, y, width, height);

    private enum Opened
    {
        Element,
        IgnoredElement,
        Artifact,
        NestedArtifact,
    }
}
