using System.Text.Json;
using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>Source-generated System.Text.Json metadata for every form record.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true)]
[JsonSerializable(typeof(MaracReferral))]
[JsonSerializable(typeof(DashChecklist))]
[JsonSerializable(typeof(SharingWithoutConsentRecord))]
[JsonSerializable(typeof(DisclosureDecision))]
[JsonSerializable(typeof(LawfulBasis))]
internal sealed partial class MaracJsonContext : JsonSerializerContext
{
}
