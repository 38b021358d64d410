namespace Marac.Forms.Definitions;

/// <summary>Protective markings printed on every page of a form (seed 002 §4.1.1).</summary>
public static class FormMarkings
{
    /// <summary>
    /// The default marking: OFFICIAL-SENSITIVE, from the UK Government Security Classifications scheme in use since
    /// April 2014, which has no RESTRICTED level.
    /// </summary>
    public const string OfficialSensitive = "OFFICIAL-SENSITIVE";

    /// <summary>The marking of the older scheme, kept for areas whose protocol still uses it: set it as an overlay's or a form's <c>marking</c>, or in <see cref="Documents.FormDocumentOptions.Marking"/>.</summary>
    public const string RestrictedWhenComplete = "RESTRICTED WHEN COMPLETE";
}
