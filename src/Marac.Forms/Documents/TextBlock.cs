namespace Marac.Forms.Documents;

/// <summary>Fixed text from the form definition: instructions, help, or a subheading.</summary>
/// <param name="Text">The text.</param>
/// <param name="Style">How it is presented.</param>
public sealed record TextBlock(string Text, TextStyle Style) : DocumentBlock;
