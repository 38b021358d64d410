namespace Marac.Forms.Documents.Building;

/// <summary>The relative column widths of a question grid, decided once for both renderers.</summary>
internal static class GridLayout
{
    internal const double NumberWidth = 0.55;
    internal const double QuestionWidth = 5.2;
    internal const double AnswerWidth = 0.8;
    internal const double SourceAndCommentWidth = 2.8;
}
