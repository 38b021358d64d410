namespace Marac.Forms.Documents;

/// <summary>How a choice is drawn.</summary>
public enum ChoicePresentation
{
    /// <summary>A tick box per option, printed side by side (Yes / No / Don't know, tick lists).</summary>
    TickBoxes,

    /// <summary>A drop-down list in Word; in print, the selected option or a list of options to circle.</summary>
    DropDown,
}
