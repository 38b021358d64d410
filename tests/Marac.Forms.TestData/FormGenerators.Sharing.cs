using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <content>Generators for the sharing-without-consent record.</content>
public sealed partial class FormGenerators
{
    /// <summary>A row of the risk table.</summary>
    public Gen<RiskTableRow> RiskTableRow { get; }

    /// <summary>A record of one disclosure.</summary>
    public Gen<SharingLogEntry> SharingLogEntry { get; }

    /// <summary>A consultation before deciding to share.</summary>
    public Gen<Consultation> Consultation { get; }

    /// <summary>A sharing-without-consent record.</summary>
    public Gen<SharingWithoutConsentRecord> SharingWithoutConsentRecord { get; }

    private Gen<RiskTableRow> CreateRiskTableRow() =>
        from who in OptionalText(Gen.Frequency((3, Gen.Elements("The children", "The client", "Family members", "Others")), (1, Text)))
        from atRiskFrom in OptionalText(Gen.Frequency((3, Gen.Elements("Partner", "Ex-partner", "Family", "Self")), (1, Text)))
        from concerns in OptionalText()
        from immediate in OptionalText()
        from through in OptionalText(Gen.Frequency((3, Gen.Elements("Dash risk checklist", "Police report", "Health visitor assessment")), (1, Text)))
        select new RiskTableRow { WhoIsAtRisk = who, AtRiskFrom = atRiskFrom, Concerns = concerns, ImmediateRisks = immediate, IdentifiedThrough = through };

    private Gen<SharingLogEntry> CreateSharingLogEntry() =>
        from date in Date
        from agency in FictionalPlaces.AgencyName
        from agencyName in OptionalText(Gen.Frequency((3, Gen.Constant(agency.Name)), (1, Text)))
        from kind in Gen.Frequency((3, Gen.Constant(agency.Kind)), (1, Any<AgencyKind>()))
        from attends in Flag
        from person in OptionalName()
        from method in OptionalText(Gen.Frequency((3, Gen.Elements("Secure email", "Telephone", "In person at the MARAC meeting")), (1, Text)))
        from authority in OptionalText()
        select new SharingLogEntry
        {
            DateShared = date,
            Agency = agencyName,
            AgencyKind = kind,
            AttendsMarac = attends,
            PersonInformed = person,
            MethodOfContact = method,
            LegalAuthority = authority,
        };

    private Gen<Consultation> CreateConsultation() =>
        from who in OptionalText(Gen.Frequency((3, NameText), (1, Text)))
        from date in Date
        from advice in OptionalText()
        from decision in OptionalText()
        select new Consultation { Who = who, Date = date, Advice = advice, Decision = decision };

    private Gen<SharingWithoutConsentRecord> CreateSharingWithoutConsentRecord()
    {
        var risk =
            from agency in Agency
            from name in PersonName
            from dob in DateOfBirth
            from address in Address
            from children in ListOf(Child)
            from risks in ListOf(RiskTableRow)
            from attached in Flag
            from score in OptionalValue(ValueGenerators.Integer)
            from incident in OptionalText()
            from source in OptionalText()
            select new SharingWithoutConsentRecord
            {
                SharingAgency = agency,
                VictimName = name,
                VictimDateOfBirth = dob,
                VictimAddress = address,
                Children = children,
                Risks = risks,
                DashAttached = attached,
                DashScore = score,
                IncidentDetails = incident,
                InformationSource = source,
            };

        var authority =
            from record in risk
            from consent in Optional<ConsentPosition>()
            from notSought in TickedOptions<ConsentNotSoughtReason>()
            from consentNotes in OptionalText()
            from risksWeighed in TickedOptions<RiskFactorWeighed>()
            from protocol in Flag
            from protocolDetails in OptionalText()
            from groundsApply in Flag
            from grounds in TickedOptions<LegacyLegalGround>()
            from basis in LawfulBasis
            from balancing in TickedOptions<BalancingConsideration>()
            from comments in OptionalText()
            from internalConsultations in ListOf(Consultation)
            from externalConsultations in ListOf(Consultation)
            from sensitive in TickedOptions<DisclosedDataCategory>()
            select record with
            {
                ConsentPosition = consent,
                ReasonsConsentNotSought = notSought,
                ConsentNotes = consentNotes,
                RisksWeighed = risksWeighed,
                ProtocolApplies = protocol,
                ProtocolDetails = protocolDetails,
                LegalGroundsApply = groundsApply,
                LegalGrounds = grounds,
                CurrentLawBasis = basis,
                BalancingConsiderations = balancing,
                BalancingComments = comments,
                InternalConsultations = internalConsultations,
                ExternalConsultations = externalConsultations,
                SensitiveDataShared = sensitive,
            };

        return
            from record in authority
            from decided in Date
            from notified in Flag
            from notifiedOn in Date
            from notNotified in OptionalText()
            from review in Date
            from reviewer in OptionalName()
            from log in ListOf(SharingLogEntry)
            from caseworker in Signature
            from manager in Signature
            select record with
            {
                DecisionDate = decided,
                ClientNotified = notified,
                DateNotified = notifiedOn,
                NotNotifiedReason = notNotified,
                ReviewDate = review,
                ReviewResponsiblePerson = reviewer,
                SharingLog = log,
                CaseworkerSignature = caseworker,
                ManagerSignature = manager,
            };
    }
}
