using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>The type sizes and styles of every kind of text, and the fixed spaces between blocks.</summary>
internal static class Typography
{
    public static readonly TextFormat Title = new(FaceStyle.Bold, 16);
    public static readonly TextFormat SectionHeading = new(FaceStyle.Bold, 12.5);
    public static readonly TextFormat Subheading = new(FaceStyle.Bold, 11);
    public static readonly TextFormat GroupHeading = new(FaceStyle.Bold, 10);
    public static readonly TextFormat Body = new(FaceStyle.Regular, 10);
    public static readonly TextFormat Note = new(FaceStyle.Italic, 9, 0.3);
    public static readonly TextFormat Label = new(FaceStyle.Bold, 9.5);
    public static readonly TextFormat Help = new(FaceStyle.Italic, 8.5, 0.35);
    public static readonly TextFormat Value = new(FaceStyle.Regular, 10);
    public static readonly TextFormat TableCaption = new(FaceStyle.Bold, 10);
    public static readonly TextFormat TableHeader = new(FaceStyle.Bold, 8.5);
    public static readonly TextFormat TableCell = new(FaceStyle.Regular, 9);
    public static readonly TextFormat Tick = new(FaceStyle.Regular, 11);
    public static readonly TextFormat Marking = new(FaceStyle.Bold, 9);
    public static readonly TextFormat Footer = new(FaceStyle.Regular, 8);

    /// <summary>Height of one handwriting line on a blank form (about 7 mm).</summary>
    public const double WritingLineHeight = 20;

    /// <summary>Height of the space to sign in.</summary>
    public const double SignatureSpaceHeight = 42;

    public const double BlockGap = 7;
    public const double SectionGap = 14;
    public const double CellPadding = 3;
    public const double ValueIndent = 8;

    /// <summary>Share of the width given to labels in label-beside-value rows.</summary>
    public const double LabelColumnShare = 0.36;

    public const double ColumnGap = 10;

    /// <summary>Narrowest table column, so that any single character fits.</summary>
    public const double MinimumColumnWidth = 34;

}
