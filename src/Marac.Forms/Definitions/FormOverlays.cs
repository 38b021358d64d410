namespace Marac.Forms.Definitions;

/// <summary>The overlays shipped with the library, as examples of local variants.</summary>
public static class FormOverlays
{
    private static readonly Lazy<FormOverlay> ScotlandOverlay = new(() => BuiltInForms.LoadOverlay("variants/scotland.json"));

    /// <summary>
    /// A Scottish variant: it says IDAA instead of IDVA, marks forms OFFICIAL-SENSITIVE, and adds three
    /// child-protection questions to the Dash checklist as local wording (modelled on Police Scotland's
    /// DAQ; the published wording is not reproduced).
    /// </summary>
    public static FormOverlay Scotland => ScotlandOverlay.Value;
}
