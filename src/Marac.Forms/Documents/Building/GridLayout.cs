namespace Marac.Forms.Documents.Building;

/// <summary>
/// Column decisions both renderers follow: the relative widths of a question grid, whether a list of tick boxes
/// stands on one line, and how many columns a long one takes.
/// </summary>
internal static class GridLayout
{
    internal const double NumberWidth = 0.55;
    internal const double QuestionWidth = 5.2;
    internal const double AnswerWidth = 0.8;
    internal const double SourceAndCommentWidth = 2.8;

    /// <summary>A list this long or longer is laid out in columns.</summary>
    internal const int ColumnsFromOptionCount = 6;

    /// <summary>Options whose labels are all this short or shorter fit three to a line.</summary>
    internal const int ThreeColumnLabelLength = 24;

    /// <summary>
    /// A table column of choices with more options than this does not print them in every cell of a blank form, where
    /// they would stack down a narrow column; the options are listed once after the table instead.
    /// </summary>
    internal const int MostOptionsInATableCell = 3;

    /// <summary>Options whose labels, with a tick box and a space each, come to this many characters or fewer share one line.</summary>
    internal const int OneLineLength = 48;

    /// <summary>
    /// A choice printing more options than this cannot share a row: in a half-width column its option list would
    /// stack taller than the same list laid out across the page.
    /// </summary>
    internal const int MostOptionsInARow = 5;

    /// <summary>
    /// Whether inputs the definition pairs stand side by side. They do unless one prints a long option list (on a
    /// blank form, or as tick boxes), which is then printed across the page, one input under another.
    /// </summary>
    internal static bool SharesARow(IReadOnlyList<DocumentBlock> inputs) =>
        !inputs.Any(input => input is ChoiceBlock { PrintsOptions: true } choice && choice.Options.Count > MostOptionsInARow);

    /// <summary>
    /// Whether a blank form ticks codes for this choice: every option has a code and the list is long enough that
    /// its labels would fill many lines.
    /// </summary>
    internal static bool TicksCodes(IReadOnlyList<Definitions.Model.FormOption> options) =>
        options.Count >= ColumnsFromOptionCount && options.All(o => o.Code is not null);

    internal static bool OptionsOnOneLine(IReadOnlyList<ChoiceOption> options) =>
        options.Count < ColumnsFromOptionCount && options.Sum(o => o.Label.Length + 4) <= OneLineLength;

    internal static int OptionColumns(IReadOnlyList<ChoiceOption> options)
    {
        if (options.Count < ColumnsFromOptionCount)
        {
            return 1;
        }

        return options.All(o => o.Label.Length <= ThreeColumnLabelLength) ? 3 : 2;
    }
}
