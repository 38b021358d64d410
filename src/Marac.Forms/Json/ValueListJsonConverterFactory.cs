using System.Text.Json;
using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>Reads and writes <see cref="ValueList{T}"/> as a JSON array.</summary>
/// <remarks>
/// Each list the records hold has its converter written out here rather than made at run time with
/// <c>MakeGenericType</c>, so trimmed and native (AOT) builds keep the code of every one. A test checks the list
/// against the records. A list of an application's own items gets its converter by reflection where the runtime
/// can make code, and a clear refusal in a native build.
/// </remarks>
internal sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    /// <summary>The item types of the lists the records hold, each with the way to make its list's converter.</summary>
    internal static IReadOnlyDictionary<Type, Func<JsonConverter>> Converters { get; } = new Dictionary<Type, Func<JsonConverter>>
    {
        [typeof(AbuserProblemArea)] = () => new ValueListJsonConverter<AbuserProblemArea>(),
        [typeof(BalancingConsideration)] = () => new ValueListJsonConverter<BalancingConsideration>(),
        [typeof(BreachedOrderKind)] = () => new ValueListJsonConverter<BreachedOrderKind>(),
        [typeof(Child)] = () => new ValueListJsonConverter<Child>(),
        [typeof(ConsentNotSoughtReason)] = () => new ValueListJsonConverter<ConsentNotSoughtReason>(),
        [typeof(Consultation)] = () => new ValueListJsonConverter<Consultation>(),
        [typeof(CriminalHistoryKind)] = () => new ValueListJsonConverter<CriminalHistoryKind>(),
        [typeof(DisclosedDataCategory)] = () => new ValueListJsonConverter<DisclosedDataCategory>(),
        [typeof(HurtOthersTarget)] = () => new ValueListJsonConverter<HurtOthersTarget>(),
        [typeof(LegacyLegalGround)] = () => new ValueListJsonConverter<LegacyLegalGround>(),
        [typeof(LocalDashAnswer)] = () => new ValueListJsonConverter<LocalDashAnswer>(),
        [typeof(Perpetrator)] = () => new ValueListJsonConverter<Perpetrator>(),
        [typeof(RiskFactorWeighed)] = () => new ValueListJsonConverter<RiskFactorWeighed>(),
        [typeof(RiskTableRow)] = () => new ValueListJsonConverter<RiskTableRow>(),
        [typeof(SharingLogEntry)] = () => new ValueListJsonConverter<SharingLogEntry>(),
        [typeof(string)] = () => new ValueListJsonConverter<string>(),
        [typeof(ThreatToKillTarget)] = () => new ValueListJsonConverter<ThreatToKillTarget>(),
    };

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var itemType = typeToConvert.GetGenericArguments()[0];
        if (Converters.TryGetValue(itemType, out var create))
        {
            return create();
        }

        if (CanMakeCodeAtRunTime)
        {
            return MadeAtRunTime(itemType);
        }

        throw new NotSupportedException(
            "ValueList<" + itemType.Name + "> is not a list the Marac.Forms records hold, and a native (AOT) build cannot make its JSON converter at run time: "
            + "give the member a [JsonConverter] of your own, or hold an array or a List<" + itemType.Name + ">.");
    }

#if NET
    private static bool CanMakeCodeAtRunTime => System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
#else
    private static bool CanMakeCodeAtRunTime => true;
#endif

    /// <summary>A list of an application's own items, where the runtime can make code: its converter is made by reflection.</summary>
#if NET
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Called only where the runtime supports dynamic code.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The converter type is kept: the lists above construct it.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2077", Justification = "The converter type is kept: the lists above construct it.")]
#endif
    private static JsonConverter MadeAtRunTime(Type itemType) =>
        (JsonConverter)Activator.CreateInstance(typeof(ValueListJsonConverter<>).MakeGenericType(itemType))!;
}
