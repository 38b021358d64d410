using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A named professional: a referrer, manager, caseworker or recipient.</summary>
public sealed record Practitioner
{
    /// <summary>Full name.</summary>
    [RestrictedPersonalData]
    public string? Name { get; init; }

    /// <summary>Job title or role.</summary>
    public string? Position { get; init; }

    /// <summary>Work telephone number.</summary>
    [RestrictedPersonalData]
    public string? Phone { get; init; }

    /// <summary>Work email address.</summary>
    [RestrictedPersonalData]
    public string? Email { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(Practitioner));
}
