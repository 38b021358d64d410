using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A child in the household or otherwise connected to the case.</summary>
public sealed record Child
{
    private PersonName name = new();
    private DateOfBirth dateOfBirth = new();
    private Address address = new();

    /// <summary>The child's name.</summary>
    [RestrictedPersonalData]
    public PersonName Name { get => name; init => name = value ?? new(); }

    /// <summary>The child's date of birth.</summary>
    [RestrictedPersonalData]
    public DateOfBirth DateOfBirth { get => dateOfBirth; init => dateOfBirth = value ?? new(); }

    /// <summary>The child's gender.</summary>
    [RestrictedPersonalData]
    public Gender? Gender { get; init; }

    /// <summary>How the child is related to the victim (for example son, stepdaughter).</summary>
    [RestrictedPersonalData]
    public string? RelationshipToVictim { get; init; }

    /// <summary>How the child is related to the perpetrator.</summary>
    [RestrictedPersonalData]
    public string? RelationshipToPerpetrator { get; init; }

    /// <summary>Where the child lives, if different from the victim.</summary>
    [RestrictedPersonalData]
    public Address Address { get => address; init => address = value ?? new(); }

    /// <summary>The child's school, nursery or college, if known.</summary>
    [RestrictedPersonalData]
    public string? School { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(Child));
}
