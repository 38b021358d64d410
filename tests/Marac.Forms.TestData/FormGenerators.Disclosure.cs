using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <content>Generators for the disclosure decision.</content>
public sealed partial class FormGenerators
{
    /// <summary>A decision to share or not to share.</summary>
    public Gen<DisclosureDecision> DisclosureDecision { get; }

    private Gen<DisclosureDecision> CreateDisclosureDecision() =>
        from outcome in Optional<DisclosureOutcome>()
        from reference in OptionalText(Gen.Frequency((3, Gen.Choose(1, 99999).Select(n => "MARAC/EX/" + n)), (1, Text)))
        from considered in OptionalText()
        from recipient in Agency
        from person in OptionalName()
        from basis in LawfulBasis
        from sensitive in TickedOptions<DisclosedDataCategory>()
        from decidedBy in Practitioner
        from decidedOn in Date
        from method in OptionalText(Gen.Frequency((3, Gen.Elements("Secure email", "Telephone", "In person")), (1, Text)))
        select new DisclosureDecision
        {
            Outcome = outcome,
            CaseReference = reference,
            InformationConsidered = considered,
            Recipient = recipient,
            RecipientPerson = person,
            LawfulBasis = basis,
            SensitiveDataShared = sensitive,
            DecidedBy = decidedBy,
            DecidedOn = decidedOn,
            Method = method,
        };
}
