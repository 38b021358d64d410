namespace Marac.Forms.Definitions.Model;

/// <summary>A section of a form definition.</summary>
/// <param name="Id">The section's identifier.</param>
/// <param name="Heading">The printed heading.</param>
/// <param name="Items">The items in order.</param>
/// <param name="Location">Where the section was written.</param>
internal sealed record FormSection(string Id, string Heading, IReadOnlyList<FormItem> Items, SourceLocation Location)
{
    /// <summary>
    /// When set, a completed form leaves the section out if the choice it names holds another value and nothing in
    /// the section is filled in (for example the lawful basis on a decision not to share). Blank forms print it.
    /// </summary>
    internal PrintCondition? PrintWhen { get; init; }

    /// <summary>True when the section's risk questions are laid out as one grid, a row per question.</summary>
    internal bool QuestionGrid { get; init; }
}
