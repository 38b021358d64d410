namespace Marac.Forms.Documents.Building;

/// <summary>Column decisions both renderers follow: the relative widths of a question grid, and how many columns a list of tick boxes takes.</summary>
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

    internal static int OptionColumns(IReadOnlyList<ChoiceOption> options)
    {
        if (options.Count < ColumnsFromOptionCount)
        {
            return 1;
        }

        return options.All(o => o.Label.Length <= ThreeColumnLabelLength) ? 3 : 2;
    }
}
