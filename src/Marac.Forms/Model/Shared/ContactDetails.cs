using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>How to reach a victim safely.</summary>
public sealed record ContactDetails
{
    /// <summary>Telephone number.</summary>
    [RestrictedPersonalData]
    public string? Phone { get; init; }

    /// <summary>Email address.</summary>
    [RestrictedPersonalData]
    public string? Email { get; init; }

    /// <summary>Whether it is safe to call that number.</summary>
    public bool? SafeToCall { get; init; }

    /// <summary>Safe contact details, if different (for example a friend's number or a workplace).</summary>
    [RestrictedPersonalData]
    public string? SafeContactDetails { get; init; }

    /// <summary>Times when it is safe to make contact.</summary>
    [RestrictedPersonalData]
    public string? SafeTimesToCall { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(ContactDetails));
}
