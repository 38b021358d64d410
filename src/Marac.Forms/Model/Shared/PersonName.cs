using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A person's name with the other names they are known by.</summary>
public sealed record PersonName
{
    /// <summary>Given name or names, in the person's own spelling and script.</summary>
    [RestrictedPersonalData]
    public string? GivenNames { get; init; }

    /// <summary>Family name or surname.</summary>
    [RestrictedPersonalData]
    public string? FamilyName { get; init; }

    /// <summary>Other names the person uses or has used.</summary>
    [RestrictedPersonalData]
    public ValueList<string> Aliases { get; init; }

    /// <summary>Other spellings or transliterations agencies may hold.</summary>
    [RestrictedPersonalData]
    public ValueList<string> OtherSpellings { get; init; }

    /// <summary>True when no part of the name is recorded.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(GivenNames) && string.IsNullOrWhiteSpace(FamilyName) && Aliases.IsEmpty && OtherSpellings.IsEmpty;

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(PersonName));
}
