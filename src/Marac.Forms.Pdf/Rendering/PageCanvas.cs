using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Text;
using Marac.Forms.Pdf.Text.Shaping;
using Marac.Forms.Pdf.Writing;

namespace Marac.Forms.Pdf.Rendering;

/// <summary>
/// Draws on one page (coordinates from the top left, in points) and keeps the tagged structure in
/// step: text goes into a marked-content sequence of the open structure element, decoration into
/// artifacts. Inside an artifact, structure requests are ignored, so the same drawing code serves a
/// repeated table header. Text is drawn as the glyphs HarfBuzz chose, at the advances and offsets
/// it gave; where the glyphs alone would not give back the text (right-to-left runs, a character
/// drawn with several glyphs, a glyph already standing for other text), the run carries the text
/// it shows as ActualText.
/// </summary>
internal sealed class PageCanvas
{
    private readonly ContentStream _content;
    private readonly StructureTree _structure;
    private readonly FontResources _fonts;
    private readonly int _page;
    private readonly Stack<Opened> _open = new();
    private int _artifactDepth;
    private bool _markedContentOpen;

    public PageCanvas(ContentStream content, StructureTree structure, FontResources fonts, int page)
    {
        _content = content;
        _structure = structure;
        _fonts = fonts;
        _page = page;
    }

    /// <summary>Opens a structure element (ignored inside an artifact); an element opened again with the same identity continues.</summary>
    public void Begin(StructureTag tag, object? identity = null)
    {
        if (_artifactDepth > 0)
        {
            _open.Push(Opened.IgnoredElement);
            return;
        }

        CloseMarkedContent();
        _structure.Begin(TypeOf(tag), identity);
        _open.Push(Opened.Element);
    }

    /// <summary>Opens a structure element that the flow opened (it may close on a later page, so it is not on this canvas's own stack).</summary>
    public void OpenFlowElement(StructureTag tag)
    {
        CloseMarkedContent();
        _structure.Begin(TypeOf(tag), null);
    }

    /// <summary>Closes the innermost structure element the flow opened.</summary>
    public void CloseFlowElement()
    {
        CloseMarkedContent();
        _structure.End();
    }

    /// <summary>Opens an artifact: content that is not part of the document's logical structure.</summary>
    public void BeginArtifact()
    {
        if (_artifactDepth == 0)
        {
            CloseMarkedContent();
            _content.BeginArtifact();
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
                CloseMarkedContent();
                _structure.End();
                break;
            case Opened.Artifact:
                _artifactDepth--;
                _content.EndMarkedContent();
                break;
            case Opened.NestedArtifact:
                _artifactDepth--;
                break;
        }
    }

    /// <summary>Ends the page's content: a marked-content sequence cannot run on to the next page.</summary>
    public void Finish() => CloseMarkedContent();

    public void DrawText(TextLine line, double x, double top)
    {
        if (line.End <= line.Start)
        {
            return;
        }

        PreparedText text = line.Source;
        TextFormat format = text.Format;
        if (_artifactDepth == 0 && !_markedContentOpen)
        {
            _content.BeginMarkedContent(_structure.Current.Type, _structure.AddContent(_page));
            _markedContentOpen = true;
        }

        double baseline = PageGeometry.Height - (top + BaselineOffset(text.Fonts, format));
        double gray = Math.Min(1, Math.Max(0, format.Gray));

        // Pieces are placed in visual order but written in logical order, words of a right-to-left
        // piece too, so that the content stream reads in the order the text is written.
        List<LineGlyphs.Piece> pieces = LineGlyphs.Visual(line);
        var lefts = new double[pieces.Count];
        double pen = x;
        for (int p = 0; p < pieces.Count; p++)
        {
            lefts[p] = pen;
            pen += Width(pieces[p].Glyphs, 0, pieces[p].Glyphs.Length, pieces[p].Face, format.Size);
        }

        int[] logical = Enumerable.Range(0, pieces.Count).OrderBy(p => pieces[p].Start).ToArray();
        foreach (int p in logical)
        {
            LineGlyphs.Piece piece = pieces[p];
            if (!piece.RightToLeft)
            {
                DrawSegment(piece, text.Text, format.Size, lefts[p], baseline, gray);
                continue;
            }

            // Words from the right (the first in logical order) to the left.
            ShapedGlyph[] glyphs = piece.Glyphs;
            int end = glyphs.Length;
            while (end > 0)
            {
                bool space = IsSpace(text.Text, glyphs[end - 1]);
                int start = end - 1;
                while (start > 0 && IsSpace(text.Text, glyphs[start - 1]) == space)
                {
                    start--;
                }

                int textStart = glyphs[end - 1].Cluster;
                int textEnd = start > 0 ? glyphs[start - 1].Cluster : piece.End;
                var word = new LineGlyphs.Piece(piece.Face, Slice(glyphs, start, end), textStart, textEnd, true);
                DrawSegment(word, text.Text, format.Size, lefts[p] + Width(glyphs, 0, start, piece.Face, format.Size), baseline, gray);
                end = start;
            }
        }
    }

    private void DrawSegment(LineGlyphs.Piece piece, string text, double size, double x, double baseline, double gray)
    {
        FontUsage usage = _fonts.For(piece.Face);
        bool actualText = !MapsToItsText(piece, text, usage);
        if (actualText)
        {
            _content.BeginActualText().HexString(PdfTextEncoding.Utf16BigEndian(text.Substring(piece.Start, piece.End - piece.Start)));
            _content.EndActualTextHeader();
        }

        DrawGlyphs(piece, usage, size, x, baseline, gray);
        if (actualText)
        {
            _content.EndMarkedContent();
        }
    }

    private static bool IsSpace(string text, ShapedGlyph glyph) => glyph.Cluster < text.Length && text[glyph.Cluster] == ' ';

    private static ShapedGlyph[] Slice(ShapedGlyph[] glyphs, int start, int end)
    {
        if (start == 0 && end == glyphs.Length)
        {
            return glyphs;
        }

        var slice = new ShapedGlyph[end - start];
        Array.Copy(glyphs, start, slice, 0, slice.Length);
        return slice;
    }

    private static double Width(ShapedGlyph[] glyphs, int start, int end, FontFace face, double size)
    {
        long advance = 0;
        for (int i = start; i < end; i++)
        {
            advance += glyphs[i].Advance;
        }

        return advance * size / face.Metrics.UnitsPerEm;
    }

    public void StrokeLine(double x1, double y1, double x2, double y2, double width, double gray) =>
        Decorate(() => _content.Line(x1, PageGeometry.Height - y1, x2, PageGeometry.Height - y2, width, gray));

    public void StrokeRectangle(double x, double y, double width, double height, double lineWidth, double gray) =>
        Decorate(() => _content.StrokeRectangle(x, PageGeometry.Height - y - height, width, height, lineWidth, gray));

    public void FillRectangle(double x, double y, double width, double height, double gray) =>
        Decorate(() => _content.FillRectangle(x, PageGeometry.Height - y - height, width, height, gray));

    /// <summary>Distance from a line's top to its baseline: the leading split evenly above and below DejaVu Sans's glyphs.</summary>
    internal static double BaselineOffset(FontSet fonts, TextFormat format)
    {
        TrueTypeMetrics reference = fonts.Bundled.Regular.Metrics;
        double ascent = (double)reference.Ascender / reference.UnitsPerEm * format.Size;
        double descent = (double)reference.Descender / reference.UnitsPerEm * format.Size;
        return ((format.LineHeight - ascent - descent) / 2) + ascent;
    }

    private static string TypeOf(StructureTag tag) => tag switch
    {
        StructureTag.Section => "Sect",
        StructureTag.Caption => "Caption",
        StructureTag.Heading1 => "H1",
        StructureTag.Heading2 => "H2",
        StructureTag.Heading3 => "H3",
        StructureTag.Heading4 => "H4",
        StructureTag.Table => "Table",
        StructureTag.TableRow => "TR",
        StructureTag.TableHeaderCell => "TH",
        StructureTag.TableDataCell => "TD",
        StructureTag.List => "L",
        StructureTag.ListItem => "LI",
        StructureTag.ListLabel => "Lbl",
        StructureTag.ListBody => "LBody",
        _ => "P",
    };

    /// <summary>
    /// Gives each glyph its ToUnicode text where it has one, and says whether the glyphs, read
    /// through the map, give back the piece's text, so no ActualText is needed: one glyph per
    /// cluster, every cluster in order, each glyph's entry its cluster's text. Left-to-right pieces
    /// read left to right. Right-to-left pieces are read as extractors read them: glyph by glyph
    /// from the left, then reversed by the extractor's own bidirectional ordering; so an entry for
    /// several characters (a ligature such as lam-alef) holds them in visual order.
    /// </summary>
    private static bool MapsToItsText(LineGlyphs.Piece piece, string text, FontUsage usage)
    {
        ShapedGlyph[] glyphs = piece.Glyphs;
        int count = glyphs.Length;
        bool maps = count > 0;
        for (int i = 0; i < count; i++)
        {
            int cluster = glyphs[i].Cluster;
            int before = i > 0 ? glyphs[i - 1].Cluster : -1;
            int after = i + 1 < count ? glyphs[i + 1].Cluster : -1;
            bool alone = cluster != before && cluster != after;
            int end = piece.RightToLeft
                ? (i > 0 ? before : piece.End)
                : (i + 1 < count ? after : piece.End);
            bool ordered = end > cluster && (piece.RightToLeft
                ? (i + 1 < count || cluster == piece.Start)
                : (i > 0 || cluster == piece.Start));
            if (!alone || !ordered)
            {
                maps = false;
                if (cluster != before)
                {
                    // The first glyph of a cluster drawn with several carries its text, for readers that ignore ActualText.
                    usage.Use(glyphs[i].Glyph, text, cluster, ClusterEnd(glyphs, i, piece) - cluster);
                }
                else
                {
                    usage.Use(glyphs[i].Glyph);
                }

                continue;
            }

            bool agrees = piece.RightToLeft && end - cluster > 1
                ? usage.Use(glyphs[i].Glyph, Reversed(text, cluster, end))
                : usage.Use(glyphs[i].Glyph, text, cluster, end - cluster);
            maps &= agrees;
        }

        return maps;
    }

    /// <summary>The end of the cluster glyph i belongs to: the next larger cluster value in the piece, or its end.</summary>
    private static int ClusterEnd(ShapedGlyph[] glyphs, int i, LineGlyphs.Piece piece)
    {
        int cluster = glyphs[i].Cluster;
        int end = piece.End;
        foreach (ShapedGlyph other in glyphs)
        {
            if (other.Cluster > cluster && other.Cluster < end)
            {
                end = other.Cluster;
            }
        }

        return Math.Max(end, cluster + 1);
    }

    private static string Reversed(string text, int start, int end)
    {
        var reversed = new System.Text.StringBuilder(end - start);
        for (int i = end - 1; i >= start; i--)
        {
            if (char.IsLowSurrogate(text[i]) && i > start && char.IsHighSurrogate(text[i - 1]))
            {
                reversed.Append(text[i - 1]).Append(text[i]);
                i--;
            }
            else
            {
                reversed.Append(text[i]);
            }
        }

        return reversed.ToString();
    }

    /// <summary>Shows the glyphs from <paramref name="x"/> on the baseline.</summary>
    private void DrawGlyphs(LineGlyphs.Piece piece, FontUsage usage, double size, double x, double baseline, double gray)
    {
        TrueTypeMetrics metrics = piece.Face.Metrics;
        double toThousandths = 1000.0 / metrics.UnitsPerEm;
        _content.BeginText(usage.ResourceName, size, x, baseline, gray);
        double pending = 0;
        int rise = 0;
        foreach (ShapedGlyph glyph in piece.Glyphs)
        {
            pending -= glyph.XOffset * toThousandths;
            if (glyph.YOffset != rise)
            {
                rise = glyph.YOffset;
                if (pending != 0)
                {
                    _content.Adjust(pending);
                    pending = 0;
                }

                _content.Rise(rise * size / metrics.UnitsPerEm);
            }

            if (Math.Abs(pending) >= 0.0005)
            {
                _content.Adjust(pending);
            }

            _content.Glyph(glyph.Glyph);
            pending = -(glyph.Advance - metrics.AdvanceOfGlyph(glyph.Glyph) - glyph.XOffset) * toThousandths;
        }

        if (rise != 0)
        {
            _content.EndTextWithRise();
        }
        else
        {
            _content.EndText();
        }
    }

    private void Decorate(Action draw)
    {
        if (_artifactDepth > 0)
        {
            draw();
            return;
        }

        BeginArtifact();
        draw();
        End();
    }

    private void CloseMarkedContent()
    {
        if (_markedContentOpen)
        {
            _content.EndMarkedContent();
            _markedContentOpen = false;
        }
    }

    private enum Opened
    {
        Element,
        IgnoredElement,
        Artifact,
        NestedArtifact,
    }
}
