namespace Marac.Forms.Documents;

/// <summary>How a choice is drawn.</summary>
public enum ChoicePresentation
{
    /// <summary>A tick box per option, printed side by side (Yes / No / Don't know, tick lists).</summary>
    TickBoxes,

    /// <summary>
    /// A drop-down list in Word. In print: the selected option; on a blank form, every option with a tick box;
    /// unanswered on a completed form, one empty line.
    /// </summary>
    DropDown,
}
