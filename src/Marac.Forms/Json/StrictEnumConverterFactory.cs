using System.Text.Json;
using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>
/// Writes enums as their camel-case member names and reads exactly those names back: no numbers, no other
/// casing, no comma-separated combinations. The framework's string-enum converter accepts all three, which
/// would let a typing slip such as <c>"female, male"</c> silently become a different answer.
/// </summary>
/// <remarks>
/// Each enum of the records has its converter written out here rather than made at run time with
/// <c>MakeGenericType</c>, so trimmed and native (AOT) builds keep the code of every one. An enum missing from the
/// list fails loudly instead of falling back to numbers; a test checks the list against the records.
/// </remarks>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    /// <summary>The enums the records hold, each with the way to make its converter.</summary>
    internal static IReadOnlyDictionary<Type, Func<JsonConverter>> Converters { get; } = new Dictionary<Type, Func<JsonConverter>>
    {
        [typeof(AbuserProblemArea)] = () => new StrictEnumConverter<AbuserProblemArea>(),
        [typeof(AgencyKind)] = () => new StrictEnumConverter<AgencyKind>(),
        [typeof(AgencySector)] = () => new StrictEnumConverter<AgencySector>(),
        [typeof(Annex1Condition)] = () => new StrictEnumConverter<Annex1Condition>(),
        [typeof(Article6Basis)] = () => new StrictEnumConverter<Article6Basis>(),
        [typeof(Article9Condition)] = () => new StrictEnumConverter<Article9Condition>(),
        [typeof(BalancingConsideration)] = () => new StrictEnumConverter<BalancingConsideration>(),
        [typeof(BreachedOrderKind)] = () => new StrictEnumConverter<BreachedOrderKind>(),
        [typeof(ConsentNotSoughtReason)] = () => new StrictEnumConverter<ConsentNotSoughtReason>(),
        [typeof(ConsentPosition)] = () => new StrictEnumConverter<ConsentPosition>(),
        [typeof(CriminalHistoryKind)] = () => new StrictEnumConverter<CriminalHistoryKind>(),
        [typeof(DashResponse)] = () => new StrictEnumConverter<DashResponse>(),
        [typeof(DateOfBirthAccuracy)] = () => new StrictEnumConverter<DateOfBirthAccuracy>(),
        [typeof(DisclosedDataCategory)] = () => new StrictEnumConverter<DisclosedDataCategory>(),
        [typeof(DisclosureOutcome)] = () => new StrictEnumConverter<DisclosureOutcome>(),
        [typeof(Gender)] = () => new StrictEnumConverter<Gender>(),
        [typeof(GenderRecognitionExemption)] = () => new StrictEnumConverter<GenderRecognitionExemption>(),
        [typeof(HurtOthersTarget)] = () => new StrictEnumConverter<HurtOthersTarget>(),
        [typeof(LawEnforcementBasis)] = () => new StrictEnumConverter<LawEnforcementBasis>(),
        [typeof(LegacyLegalGround)] = () => new StrictEnumConverter<LegacyLegalGround>(),
        [typeof(ProcessingRegime)] = () => new StrictEnumConverter<ProcessingRegime>(),
        [typeof(RequestRoute)] = () => new StrictEnumConverter<RequestRoute>(),
        [typeof(RiskFactorWeighed)] = () => new StrictEnumConverter<RiskFactorWeighed>(),
        [typeof(Schedule1Condition)] = () => new StrictEnumConverter<Schedule1Condition>(),
        [typeof(Schedule8Condition)] = () => new StrictEnumConverter<Schedule8Condition>(),
        [typeof(ThreatToKillTarget)] = () => new StrictEnumConverter<ThreatToKillTarget>(),
    };

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out var create)
            ? create()
            : throw new NotSupportedException(typeToConvert.Name + " is not an enum of the Marac.Forms records, so Marac.Forms has no JSON converter for it.");
}
