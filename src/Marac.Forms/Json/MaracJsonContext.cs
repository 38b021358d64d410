using System.Text.Json;
using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>Source-generated System.Text.Json metadata for every form record.</summary>
/// <remarks>
/// <see cref="ValueList{T}"/> has its own converter, which hides its item type from the generator: every type
/// that appears as a list item is listed here too, or its lists could not be written or read.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true)]
[JsonSerializable(typeof(MaracReferral))]
[JsonSerializable(typeof(DashChecklist))]
[JsonSerializable(typeof(SharingWithoutConsentRecord))]
[JsonSerializable(typeof(DisclosureDecision))]
[JsonSerializable(typeof(LawfulBasis))]
[JsonSerializable(typeof(Perpetrator))]
[JsonSerializable(typeof(Child))]
[JsonSerializable(typeof(LocalDashAnswer))]
[JsonSerializable(typeof(RiskTableRow))]
[JsonSerializable(typeof(Consultation))]
[JsonSerializable(typeof(SharingLogEntry))]
[JsonSerializable(typeof(ThreatToKillTarget))]
[JsonSerializable(typeof(HurtOthersTarget))]
[JsonSerializable(typeof(AbuserProblemArea))]
[JsonSerializable(typeof(BreachedOrderKind))]
[JsonSerializable(typeof(CriminalHistoryKind))]
[JsonSerializable(typeof(LegacyLegalGround))]
[JsonSerializable(typeof(BalancingConsideration))]
[JsonSerializable(typeof(DisclosedDataCategory))]
[JsonSerializable(typeof(RiskFactorWeighed))]
[JsonSerializable(typeof(ConsentNotSoughtReason))]
internal sealed partial class MaracJsonContext : JsonSerializerContext
{
}
