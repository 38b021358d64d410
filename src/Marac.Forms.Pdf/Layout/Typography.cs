using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>The type sizes and styles of every kind of text, and the fixed spaces between blocks.</summary>
internal static class Typography
{
    public static readonly TextFormat Title = new(FaceStyle.Bold, PrintMeasures.TitleSize);
    public static readonly TextFormat SectionHeading = new(FaceStyle.Bold, PrintMeasures.SectionHeadingSize);
    public static readonly TextFormat Subheading = new(FaceStyle.Bold, PrintMeasures.SubheadingSize);
    public static readonly TextFormat GroupHeading = new(FaceStyle.Bold, PrintMeasures.BodySize);
    public static readonly TextFormat Body = new(FaceStyle.Regular, PrintMeasures.BodySize);
    public static readonly TextFormat Note = new(FaceStyle.Italic, PrintMeasures.NoteSize, 0.3);
    public static readonly TextFormat Label = new(FaceStyle.Bold, PrintMeasures.LabelSize);
    public static readonly TextFormat Help = new(FaceStyle.Italic, PrintMeasures.HelpSize, 0.35);
    public static readonly TextFormat Value = new(FaceStyle.Regular, PrintMeasures.BodySize);
    public static readonly TextFormat TableCaption = new(FaceStyle.Bold, PrintMeasures.BodySize);
    public static readonly TextFormat TableHeader = new(FaceStyle.Bold, PrintMeasures.HelpSize);
    public static readonly TextFormat TableCell = new(FaceStyle.Regular, PrintMeasures.TableTextSize);
    public static readonly TextFormat TablePartLabel = new(FaceStyle.Italic, PrintMeasures.HelpSize);
    public static readonly TextFormat Tick = new(FaceStyle.Regular, 11);
    public static readonly TextFormat Marking = new(FaceStyle.Bold, PrintMeasures.MarkingSize);
    public static readonly TextFormat Footer = new(FaceStyle.Regular, PrintMeasures.FooterSize);

    /// <summary>Height of the line an unanswered question takes on a completed form (a line of value text and its rule).</summary>
    public const double EmptyAnswerLineHeight = 15;

    /// <summary>Height of the writing line under a part label in a stacked table cell (a writing line less the label's own line).</summary>
    public const double PartWritingLineHeight = 14;

    public const double BlockGap = 5;
    public const double SectionGap = 11;
    public const double CellPadding = 3;
    public const double ValueIndent = 8;
    public const double ColumnGap = 10;

    /// <summary>Narrowest table column, so that any single character fits.</summary>
    public const double MinimumColumnWidth = 34;
}
