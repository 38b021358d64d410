namespace Marac.Forms.Documents;

/// <summary>
/// Blocks that belong together, such as one Dash question with its answer, source and comment.
/// Renderers keep a group on one page when it fits on a page.
/// </summary>
/// <param name="Heading">An optional heading for the group (for example "14."), or null.</param>
/// <param name="Blocks">The grouped blocks.</param>
public sealed record GroupBlock(string? Heading, IReadOnlyList<DocumentBlock> Blocks) : DocumentBlock;
