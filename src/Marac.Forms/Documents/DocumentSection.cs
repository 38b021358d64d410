namespace Marac.Forms.Documents;

/// <summary>A numbered part of a form with a heading (drawn as Heading 1).</summary>
/// <param name="Id">The section's identifier in the form definition.</param>
/// <param name="Heading">The heading text.</param>
/// <param name="Blocks">The content, in order.</param>
public sealed record DocumentSection(string Id, string Heading, IReadOnlyList<DocumentBlock> Blocks);
