namespace Marac.Forms.Documents;

/// <summary>
/// One piece of a section. The concrete kinds are <see cref="TextBlock"/>, <see cref="FieldBlock"/>,
/// <see cref="ChoiceBlock"/>, <see cref="TableBlock"/>, <see cref="SignatureBlock"/>,
/// <see cref="QuestionGridBlock"/>, <see cref="FieldRowBlock"/> and <see cref="GroupBlock"/>; renderers handle each.
/// </summary>
public abstract record DocumentBlock
{
    private protected DocumentBlock()
    {
    }
}
