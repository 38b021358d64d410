using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A postal address.</summary>
public sealed record Address
{
    /// <summary>First line: house number or name and street.</summary>
    [RestrictedPersonalData]
    public string? Line1 { get; init; }

    /// <summary>Second line, if any.</summary>
    [RestrictedPersonalData]
    public string? Line2 { get; init; }

    /// <summary>Town or city.</summary>
    [RestrictedPersonalData]
    public string? Town { get; init; }

    /// <summary>Postcode.</summary>
    [RestrictedPersonalData]
    public string? Postcode { get; init; }

    /// <summary>True when no part of the address is recorded.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(Line2) && string.IsNullOrWhiteSpace(Town) && string.IsNullOrWhiteSpace(Postcode);

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(Address));
}
