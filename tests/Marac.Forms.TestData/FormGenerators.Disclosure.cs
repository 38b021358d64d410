using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <content>Generators for the disclosure decision.</content>
public sealed partial class FormGenerators
{
    /// <summary>A decision to share or not to share.</summary>
    public Gen<DisclosureDecision> DisclosureDecision { get; }

    /// <summary>A request for information.</summary>
    public Gen<DisclosureRequest> Request { get; }

    private Gen<DisclosureRequest> CreateRequest() =>
        from requestedBy in OptionalName()
        from requestedOn in Date
        from route in Optional<RequestRoute>()
        from agreed in Flag
        from decided in Date
        select new DisclosureRequest { RequestedBy = requestedBy, RequestedOn = requestedOn, Route = route, ChairAgreed = agreed, ChairDecidedOn = decided };

    private Gen<DisclosureDecision> CreateDisclosureDecision() =>
        from outcome in Optional<DisclosureOutcome>()
        from reference in OptionalText(Gen.Frequency((3, Gen.Choose(1, 99999).Select(n => "MARAC/EX/" + n)), (1, Text)))
        from considered in OptionalText()
        from disclosing in Agency
        from request in Request
        from supplying in OptionalText(Gen.Frequency((3, FictionalPlaces.AgencyName.Select(a => a.Name)), (1, Text)))
        from supplyingAgreed in Flag
        from recipient in Agency
        from person in OptionalName()
        from hasBasis in EveryMemberSet ? Gen.Constant(true) : Gen.Elements(true, true, false)
        from basis in LawfulBasis
        from onward in OptionalText()
        from notShared in OptionalText()
        from sensitive in TickedOptions<DisclosedDataCategory>()
        from decidedBy in Practitioner
        from decidedOn in Date
        from method in OptionalText(Gen.Frequency((3, Gen.Elements("Secure email", "Telephone", "In person")), (1, Text)))
        select new DisclosureDecision
        {
            Outcome = outcome,
            CaseReference = reference,
            InformationConsidered = considered,
            DisclosingAgency = disclosing,
            Request = request,
            SupplyingAgency = supplying,
            SupplyingAgencyAgreed = supplyingAgreed,
            Recipient = recipient,
            RecipientPerson = person,
            LawfulBasis = hasBasis ? basis : null,
            OnwardSharingConditions = onward,
            ReasonsNotShared = notShared,
            SensitiveDataShared = sensitive,
            DecidedBy = decidedBy,
            DecidedOn = decidedOn,
            Method = method,
        };
}
