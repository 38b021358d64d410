using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>One disclosure, recorded in the case file: when, to whom, how and under what authority.</summary>
public sealed record SharingLogEntry
{
    /// <summary>The date the information was shared.</summary>
    public CalendarDate? DateShared { get; init; }

    /// <summary>The agency informed.</summary>
    public string? Agency { get; init; }

    /// <summary>What kind of agency that is.</summary>
    public AgencyKind AgencyKind { get; init; }

    /// <summary>Whether that agency attends the MARAC: immigration status goes to one that does not only with the MARAC's agreement.</summary>
    public bool? AttendsMarac { get; init; }

    /// <summary>The named person informed.</summary>
    [RestrictedPersonalData]
    public string? PersonInformed { get; init; }

    /// <summary>How the information was passed (secure email, telephone, in person).</summary>
    public string? MethodOfContact { get; init; }

    /// <summary>The legal authority for sharing with this agency.</summary>
    public string? LegalAuthority { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(SharingLogEntry));
}
