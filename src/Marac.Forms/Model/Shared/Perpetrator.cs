using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A person alleged to cause the harm.</summary>
public sealed record Perpetrator
{
    private PersonName name = new();
    private DateOfBirth dateOfBirth = new();
    private Address address = new();

    /// <summary>The perpetrator's name.</summary>
    [RestrictedPersonalData]
    public PersonName Name { get => name; init => name = value ?? new(); }

    /// <summary>The perpetrator's date of birth.</summary>
    [RestrictedPersonalData]
    public DateOfBirth DateOfBirth { get => dateOfBirth; init => dateOfBirth = value ?? new(); }

    /// <summary>The perpetrator's gender.</summary>
    [RestrictedPersonalData]
    public Gender? Gender { get; init; }

    /// <summary>Relationship to the victim (for example ex-partner, brother-in-law).</summary>
    [RestrictedPersonalData]
    public string? RelationshipToVictim { get; init; }

    /// <summary>The perpetrator's address.</summary>
    [RestrictedPersonalData]
    public Address Address { get => address; init => address = value ?? new(); }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(Perpetrator));
}
