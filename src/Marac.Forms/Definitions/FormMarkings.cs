namespace Marac.Forms.Definitions;

/// <summary>Protective markings printed on every page of a form.</summary>
public static class FormMarkings
{
    /// <summary>The marking the forms carry by default: the blank form is unclassified, the completed one is not.</summary>
    public const string RestrictedWhenComplete = "RESTRICTED WHEN COMPLETE";

    /// <summary>The marking of the UK Government Security Classifications scheme (since April 2014) for sensitive OFFICIAL information.</summary>
    public const string OfficialSensitive = "OFFICIAL-SENSITIVE";
}
