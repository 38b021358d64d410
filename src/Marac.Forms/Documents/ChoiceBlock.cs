namespace Marac.Forms.Documents;

/// <summary>A question answered by choosing: yes/no, Yes/No/Don't know, an enumeration or a tick list.</summary>
/// <param name="Binding">The record member, as a JSON-style path.</param>
/// <param name="Label">The printed question or label.</param>
/// <param name="Help">Optional help, printed after the label and before the options or the answer.</param>
/// <param name="Presentation">Tick boxes or a drop-down.</param>
/// <param name="AllowsMultiple">True for a tick list where several options may be ticked.</param>
/// <param name="Options">The options in order, with their state.</param>
public sealed record ChoiceBlock(
    string Binding,
    string Label,
    string? Help,
    ChoicePresentation Presentation,
    bool AllowsMultiple,
    IReadOnlyList<ChoiceOption> Options) : DocumentBlock
{
    /// <summary>How many columns the tick boxes are laid out in (1 for a short list; a long list takes two or three).</summary>
    public int OptionColumns { get; init; } = 1;

    /// <summary>
    /// True on a blank form when each option is a short code (a long list of legal conditions): the label and help
    /// take the width of the page, the help says what each code means, and the codes follow one after another,
    /// wrapping between options, never between a tick box and its code.
    /// </summary>
    public bool OptionsRunOn { get; init; }

    /// <summary>
    /// True when every option is printed with its tick box: always for tick boxes, and for a drop-down on a blank form.
    /// Otherwise (a drop-down on a completed form) the chosen option is printed, or one empty line when none is.
    /// </summary>
    public bool PrintsOptions { get; init; } = Presentation == ChoicePresentation.TickBoxes;

    /// <summary>True when the options are few and short enough to stand on one line beside the label (Yes / No / Don't know).</summary>
    public bool OptionsOnOneLine { get; init; }
}
