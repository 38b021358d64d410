namespace Marac.Forms.Cli.Rendering;

/// <summary>One form file to render, and the output name (without extension) relative to the output folder.</summary>
internal sealed record RenderInput(string Path, string OutputBaseName)
{
    /// <summary>The date of the case's referral to MARAC, for this form's review or disposal line; else the run's.</summary>
    internal CalendarDate? ReferralDate { get; init; }

    /// <summary>For a referral: the case's Dash checklist, which its validation is checked against.</summary>
    internal DashChecklist? CaseDash { get; init; }
}
