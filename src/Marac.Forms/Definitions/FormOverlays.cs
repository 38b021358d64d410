namespace Marac.Forms.Definitions;

/// <summary>The overlays shipped with the library, as examples of local variants.</summary>
public static class FormOverlays
{
    private static readonly Lazy<FormOverlay> ScotlandOverlay = new(() => BuiltInForms.LoadOverlay("variants/scotland.json"));

    /// <summary>
    /// A Scottish variant: it says IDAA instead of IDVA, marks forms OFFICIAL-SENSITIVE, offers Scotland's orders
    /// (interdicts, non-harassment orders, exclusion orders) at Dash question 23 in place of those of England and
    /// Wales, and adds three child-protection questions to the Dash checklist. Those questions are local
    /// questions in the project's own words, as any area may define; they are not Police Scotland's Domestic
    /// Abuse Questions, whose content the project has not seen.
    /// </summary>
    public static FormOverlay Scotland => ScotlandOverlay.Value;
}
