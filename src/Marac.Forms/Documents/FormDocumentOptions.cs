namespace Marac.Forms.Documents;

/// <summary>Choices a caller may make when a <see cref="FormDocument"/> is built.</summary>
public sealed record FormDocumentOptions
{
    /// <summary>The default options.</summary>
    public static FormDocumentOptions Default { get; } = new();

    /// <summary>A marking to print instead of the definition's (for example <c>OFFICIAL-SENSITIVE</c>); null keeps the definition's.</summary>
    public string? Marking { get; init; }

    /// <summary>
    /// The date of the MARAC referral the form belongs to, for the review or disposal date in the footer.
    /// Use it for forms that do not hold that date themselves (a Dash checklist or sharing record sent with a
    /// referral). When null, the date is taken from the record where the definition says where it is.
    /// </summary>
    public CalendarDate? ReferralDate { get; init; }
}
