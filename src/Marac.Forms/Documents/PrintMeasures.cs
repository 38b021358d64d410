namespace Marac.Forms.Documents;

/// <summary>
/// The printed measures both renderers draw a <see cref="FormDocument"/> with, in points (1/72 inch), so that a form
/// looks and paginates alike in Word and in PDF: the A4 page, its margins, the share of the width labels take, the
/// type sizes and the space left for handwriting.
/// </summary>
public static class PrintMeasures
{
    /// <summary>The width of an A4 page (210 mm).</summary>
    public const double PageWidth = 595.2756;

    /// <summary>The height of an A4 page (297 mm).</summary>
    public const double PageHeight = 841.8898;

    /// <summary>The left and right margins (18 mm), inside the area every office printer can print.</summary>
    public const double SideMargin = 51;

    /// <summary>The distance from the top and bottom edges to the marking printed there (12 mm).</summary>
    public const double EdgeMargin = 34;

    /// <summary>The share of the text width given to the label where a label stands beside its answer.</summary>
    public const double LabelColumnShare = 0.36;

    /// <summary>The form's title.</summary>
    public const double TitleSize = 16;

    /// <summary>A section heading.</summary>
    public const double SectionHeadingSize = 12.5;

    /// <summary>A subheading within a section, and a table's caption.</summary>
    public const double SubheadingSize = 11;

    /// <summary>Body text and answers.</summary>
    public const double BodySize = 10;

    /// <summary>A question or a field's label (bold).</summary>
    public const double LabelSize = 9.5;

    /// <summary>Guidance notes between paragraphs.</summary>
    public const double NoteSize = 9;

    /// <summary>A field's help, printed before its answer.</summary>
    public const double HelpSize = 8.5;

    /// <summary>Text in a table's cells.</summary>
    public const double TableTextSize = 9;

    /// <summary>The marking (for example OFFICIAL-SENSITIVE) at the top and bottom of every page (bold).</summary>
    public const double MarkingSize = 9;

    /// <summary>The footer (form name, version, page number, review date).</summary>
    public const double FooterSize = 8;

    /// <summary>The height of one line to write on by hand on a blank form (about 7 mm, as college-ruled paper).</summary>
    public const double WritingLineHeight = 20;

    /// <summary>The height of the space to sign in (about 15 mm).</summary>
    public const double SignatureSpaceHeight = 42;
}
