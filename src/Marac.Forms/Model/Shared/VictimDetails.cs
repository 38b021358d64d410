using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>The person at risk who is being referred.</summary>
public sealed record VictimDetails
{
    private PersonName name = new();
    private DateOfBirth dateOfBirth = new();
    private Address address = new();
    private ContactDetails contact = new();
    private DiversityAndNeeds diversity = new();

    /// <summary>The victim's name, with aliases and other spellings.</summary>
    [RestrictedPersonalData]
    public PersonName Name { get => name; init => name = value ?? new(); }

    /// <summary>The victim's date of birth.</summary>
    [RestrictedPersonalData]
    public DateOfBirth DateOfBirth { get => dateOfBirth; init => dateOfBirth = value ?? new(); }

    /// <summary>The victim's gender.</summary>
    [RestrictedPersonalData]
    public Gender? Gender { get; init; }

    /// <summary>The victim's current address.</summary>
    [RestrictedPersonalData]
    public Address Address { get => address; init => address = value ?? new(); }

    /// <summary>Telephone, email and safe ways and times to make contact.</summary>
    [RestrictedPersonalData]
    public ContactDetails Contact { get => contact; init => contact = value ?? new(); }

    /// <summary>Diversity information and needs, if known.</summary>
    [RestrictedPersonalData]
    public DiversityAndNeeds Diversity { get => diversity; init => diversity = value ?? new(); }

    /// <summary>The victim's GP practice.</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public string? GpPractice { get; init; }

    /// <summary>Housing situation (tenure, refuge, temporary accommodation).</summary>
    [RestrictedPersonalData]
    public string? HousingSituation { get; init; }

    /// <summary>What the victim wants the MARAC to achieve.</summary>
    [RestrictedPersonalData]
    public string? WantsFromMarac { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(VictimDetails));
}
