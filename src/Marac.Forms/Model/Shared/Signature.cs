using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>Who signed a form, in what role, and when.</summary>
public sealed record Signature
{
    /// <summary>The signatory's name.</summary>
    [RestrictedPersonalData]
    public string? Name { get; init; }

    /// <summary>The signatory's role.</summary>
    public string? Role { get; init; }

    /// <summary>The date of signing.</summary>
    public CalendarDate? SignedOn { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(Signature));
}
