namespace Marac.Forms.Documents;

/// <summary>
/// Two or three short inputs that belong together (name parts, a date of birth and its accuracy, a postcode and a
/// town), or two or three signatures, printed side by side, each label above its input, in equal shares of the width.
/// </summary>
/// <param name="Inputs">
/// The inputs, left to right: each a <see cref="FieldBlock"/> or a <see cref="ChoiceBlock"/>, or else every one a
/// <see cref="SignatureBlock"/>.
/// </param>
public sealed record FieldRowBlock(IReadOnlyList<DocumentBlock> Inputs) : DocumentBlock;
