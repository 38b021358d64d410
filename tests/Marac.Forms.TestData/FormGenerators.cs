using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.DataProtection;

namespace Marac.Forms.TestData;

/// <summary>
/// FsCheck generators for every Marac.Forms record. An instance fixes two choices: the text generator used
/// for free text, and whether every member is always set. Generated records are for round trips and
/// rendering, not for validation: dates, scores and combinations of answers are arbitrary.
/// </summary>
/// <remarks>
/// <see cref="Varied"/> leaves optional members null and lists empty about a quarter of the time, so
/// absence is exercised too; <see cref="FullyPopulated"/> sets every optional member and puts at least
/// one item in every list, so a rendering can be checked for every member; <see cref="AnyUnicode"/> is
/// <see cref="Varied"/> with text that includes control characters and other text XML cannot hold.
/// </remarks>
public sealed partial class FormGenerators
{
    /// <summary>Creates generators.</summary>
    /// <param name="text">The generator for free text.</param>
    /// <param name="everyMemberSet">True to set every optional member and put at least one item in every list.</param>
    public FormGenerators(Gen<string> text, bool everyMemberSet)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        EveryMemberSet = everyMemberSet;
        Flag = OptionalValue(Gen.Elements(true, false));
        Date = OptionalValue(ValueGenerators.Date);
        NameText = Gen.Frequency((4, FictionalNames.Any.Select(n => n.GivenNames + " " + n.FamilyName)), (1, text));

        PersonName = CreatePersonName();
        DateOfBirth = CreateDateOfBirth();
        Address = CreateAddress();
        ContactDetails = CreateContactDetails();
        DiversityAndNeeds = CreateDiversityAndNeeds();
        VictimDetails = CreateVictimDetails();
        Perpetrator = CreatePerpetrator();
        Child = CreateChild();
        Agency = CreateAgency();
        Practitioner = CreatePractitioner();
        Signature = CreateSignature();
        MaracAgreement = CreateMaracAgreement();
        LawfulBasis = CreateLawfulBasis(complete: false);
        CompleteLawfulBasis = CreateLawfulBasis(complete: true);

        ReferralReasons = CreateReferralReasons();
        MaracReferral = CreateMaracReferral();

        DashAnswer = CreateDashAnswer();
        LocalDashAnswer = CreateLocalDashAnswer();
        DashChecklist = CreateDashChecklist();

        RiskTableRow = CreateRiskTableRow();
        SharingLogEntry = CreateSharingLogEntry();
        Consultation = CreateConsultation();
        SharingWithoutConsentRecord = CreateSharingWithoutConsentRecord();

        Request = CreateRequest();
        DisclosureDecision = CreateDisclosureDecision();
    }

    /// <summary>Members are sometimes null and lists sometimes empty; text is readable and XML-safe.</summary>
    public static FormGenerators Varied { get; } = new(TextGenerators.Readable, everyMemberSet: false);

    /// <summary>Every optional member is set and every list has items; text is readable and XML-safe.</summary>
    public static FormGenerators FullyPopulated { get; } = new(TextGenerators.Readable, everyMemberSet: true);

    /// <summary>Like <see cref="Varied"/>, with text drawn from all of Unicode (see <see cref="TextGenerators.AnyUnicode"/>).</summary>
    public static FormGenerators AnyUnicode { get; } = new(TextGenerators.AnyUnicode, everyMemberSet: false);

    /// <summary>The free-text generator.</summary>
    public Gen<string> Text { get; }

    /// <summary>True when every optional member is set and every list has items.</summary>
    public bool EveryMemberSet { get; }

    /// <summary>A yes/no answer that may be unanswered (null) unless every member is set.</summary>
    public Gen<bool?> Flag { get; }

    /// <summary>A date that may be absent (null) unless every member is set.</summary>
    public Gen<CalendarDate?> Date { get; }

    /// <summary>A person's name written as one piece of text, mostly from <see cref="FictionalNames"/>.</summary>
    public Gen<string> NameText { get; }

    /// <summary>Text that may be absent (null) unless every member is set.</summary>
    public Gen<string?> OptionalText(Gen<string> value) =>
        EveryMemberSet
            ? value.Select(v => (string?)v)
            : Gen.Frequency((1, Gen.Constant((string?)null)), (3, value.Select(v => (string?)v)));

    /// <summary>A value that may be absent (null) unless every member is set.</summary>
    public Gen<T?> OptionalValue<T>(Gen<T> value)
        where T : struct =>
        EveryMemberSet
            ? value.Select(v => (T?)v)
            : Gen.Frequency((1, Gen.Constant((T?)null)), (3, value.Select(v => (T?)v)));

    /// <summary>A list of up to three items; never empty when every member is set.</summary>
    public Gen<ValueList<T>> ListOf<T>(Gen<T> item) =>
        from count in EveryMemberSet ? Gen.Choose(1, 3) : Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 3)))
        from items in Gen.ArrayOf(item, count)
        select new ValueList<T>(items);

    /// <summary>A list of distinct enum values (the way tick boxes are ticked); never empty when every member is set.</summary>
    public Gen<ValueList<TEnum>> TickedOptions<TEnum>()
        where TEnum : struct, Enum
    {
        var ticked = Gen.SubListOf(Enum.GetValues<TEnum>())
            .Where(options => options.Count > 0)
            .SelectMany(options => Gen.Shuffle((IEnumerable<TEnum>)options))
            .Select(options => new ValueList<TEnum>(options));
        return EveryMemberSet ? ticked : Gen.Frequency((1, Gen.Constant(ValueList<TEnum>.Empty)), (3, ticked));
    }

    private Gen<string?> OptionalText() => OptionalText(Text);

    private Gen<string?> OptionalName() => OptionalText(NameText);

    private static Gen<TEnum> Any<TEnum>()
        where TEnum : struct, Enum => ValueGenerators.EnumValue<TEnum>();

    private Gen<TEnum?> Optional<TEnum>()
        where TEnum : struct, Enum => OptionalValue(ValueGenerators.EnumValue<TEnum>());
}
