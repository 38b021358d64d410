namespace Marac.Forms.Documents;

/// <summary>One column of a <see cref="QuestionGridBlock"/>.</summary>
/// <param name="Header">The text of the header row (empty for the number column).</param>
/// <param name="RelativeWidth">The column's share of the grid's width, relative to the other columns.</param>
public sealed record QuestionGridColumn(string Header, double RelativeWidth);
