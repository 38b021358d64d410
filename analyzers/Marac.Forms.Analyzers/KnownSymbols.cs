using System.Collections.Concurrent;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers;

/// <summary>
/// The types the analyzers look for, resolved once per compilation. Library types that are not
/// referenced stay null and the rules about them do nothing.
/// </summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation, INamedTypeSymbol restricted)
    {
        RestrictedPersonalData = restricted;
        SpecialCategoryData = Get(compilation, "Marac.Forms.DataProtection.SpecialCategoryDataAttribute");
        CriminalOffenceData = Get(compilation, "Marac.Forms.DataProtection.CriminalOffenceDataAttribute");
        GenderHistory = Get(compilation, "Marac.Forms.DataProtection.GenderHistoryAttribute");
        ImmigrationStatus = Get(compilation, "Marac.Forms.DataProtection.ImmigrationStatusAttribute");
        LawfulBasis = Get(compilation, "Marac.Forms.DataProtection.LawfulBasis");
        LawfulBasisAttribute = Get(compilation, "Marac.Forms.DataProtection.LawfulBasisAttribute");
        LawfulBasisRequirements = Get(compilation, "Marac.Forms.DataProtection.LawfulBasisRequirements");
        DisclosureScope = Get(compilation, "Marac.Forms.DataProtection.DisclosureScope");
        Redact = Get(compilation, "Marac.Forms.DataProtection.Redact");

        DataClassificationAttribute = Get(compilation, "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        NoDataClassificationAttribute = Get(compilation, "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
        UnknownDataClassificationAttribute = Get(compilation, "Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute");
        ComplianceRedactor = Get(compilation, "Microsoft.Extensions.Compliance.Redaction.Redactor");
        ComplianceRedactionBuilderExtensions = Get(compilation, "System.Text.RedactionStringBuilderExtensions");

        MelLogger = Get(compilation, "Microsoft.Extensions.Logging.ILogger");
        MelLoggerExtensions = Get(compilation, "Microsoft.Extensions.Logging.LoggerExtensions");
        MelLoggerMessageAttribute = Get(compilation, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
        SerilogLogger = Get(compilation, "Serilog.ILogger");
        SerilogLoggerClass = Get(compilation, "Serilog.Core.Logger");
        SerilogStaticLog = Get(compilation, "Serilog.Log");
        SerilogLogContext = Get(compilation, "Serilog.Context.LogContext");
        NLogLogger = Get(compilation, "NLog.Logger");
        NLogILogger = Get(compilation, "NLog.ILogger");
        NLogILoggerBase = Get(compilation, "NLog.ILoggerBase");
        NLogScopeContext = Get(compilation, "NLog.ScopeContext");
        Console = Get(compilation, "System.Console");
        Debug = Get(compilation, "System.Diagnostics.Debug");
        Trace = Get(compilation, "System.Diagnostics.Trace");
        TextWriter = Get(compilation, "System.IO.TextWriter");

        StjSerializer = Get(compilation, "System.Text.Json.JsonSerializer");
        StjJsonContent = Get(compilation, "System.Net.Http.Json.JsonContent");
        StjHttpClientExtensions = Get(compilation, "System.Net.Http.Json.HttpClientJsonExtensions");
        StjConverter = Get(compilation, "System.Text.Json.Serialization.JsonConverter`1");
        StjIgnore = Get(compilation, "System.Text.Json.Serialization.JsonIgnoreAttribute");
        NewtonsoftConvert = Get(compilation, "Newtonsoft.Json.JsonConvert");
        NewtonsoftSerializer = Get(compilation, "Newtonsoft.Json.JsonSerializer");
        NewtonsoftToken = Get(compilation, "Newtonsoft.Json.Linq.JToken");
        NewtonsoftConverter = Get(compilation, "Newtonsoft.Json.JsonConverter");
        NewtonsoftIgnore = Get(compilation, "Newtonsoft.Json.JsonIgnoreAttribute");
        XmlSerializer = Get(compilation, "System.Xml.Serialization.XmlSerializer");
        XmlIgnore = Get(compilation, "System.Xml.Serialization.XmlIgnoreAttribute");
        XmlObjectSerializer = Get(compilation, "System.Runtime.Serialization.XmlObjectSerializer");
        DataContract = Get(compilation, "System.Runtime.Serialization.DataContractAttribute");
        DataMember = Get(compilation, "System.Runtime.Serialization.DataMemberAttribute");
        IgnoreDataMember = Get(compilation, "System.Runtime.Serialization.IgnoreDataMemberAttribute");

        File = Get(compilation, "System.IO.File");
        StringWriter = Get(compilation, "System.IO.StringWriter");
        HttpClient = Get(compilation, "System.Net.Http.HttpClient");
        HttpRequestMessage = Get(compilation, "System.Net.Http.HttpRequestMessage");
        StringContent = Get(compilation, "System.Net.Http.StringContent");
        FormUrlEncodedContent = Get(compilation, "System.Net.Http.FormUrlEncodedContent");
        StjJsonNode = Get(compilation, "System.Text.Json.Nodes.JsonNode");
        StjJsonValue = Get(compilation, "System.Text.Json.Nodes.JsonValue");
        Utf8JsonWriter = Get(compilation, "System.Text.Json.Utf8JsonWriter");
        NewtonsoftJProperty = Get(compilation, "Newtonsoft.Json.Linq.JProperty");
        NewtonsoftJValue = Get(compilation, "Newtonsoft.Json.Linq.JValue");
        NewtonsoftJContainer = Get(compilation, "Newtonsoft.Json.Linq.JContainer");
        NewtonsoftJsonWriter = Get(compilation, "Newtonsoft.Json.JsonWriter");
        XmlWriter = Get(compilation, "System.Xml.XmlWriter");
        Activity = Get(compilation, "System.Diagnostics.Activity");
        NLogLogEventBuilder = Get(compilation, "NLog.LogEventBuilder");
        StringBuilder = Get(compilation, "System.Text.StringBuilder");
        FormattableStringFactory = Get(compilation, "System.Runtime.CompilerServices.FormattableStringFactory");
        Exception = Get(compilation, "System.Exception");
        FormatProvider = Get(compilation, "System.IFormatProvider");
        GeneratedCodeAttribute = Get(compilation, "System.CodeDom.Compiler.GeneratedCodeAttribute");
        Enumerable = compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
        GenericEnumerable = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
    }

    /// <summary>The restricted kinds marked on each symbol looked at (see <see cref="RestrictedMembers.KindsOf"/>), read from its attributes once per compilation.</summary>
    internal ConcurrentDictionary<ISymbol, RestrictedKinds> MarksOnSymbol { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The restricted kinds a type carries by a type-level mark (see <see cref="RestrictedMembers.KindsOfType"/>), once per compilation.</summary>
    internal ConcurrentDictionary<ITypeSymbol, RestrictedKinds> MarksOnType { get; } = new(SymbolEqualityComparer.Default);

    public INamedTypeSymbol RestrictedPersonalData { get; }
    public INamedTypeSymbol? SpecialCategoryData { get; }
    public INamedTypeSymbol? CriminalOffenceData { get; }
    public INamedTypeSymbol? GenderHistory { get; }
    public INamedTypeSymbol? ImmigrationStatus { get; }
    public INamedTypeSymbol? LawfulBasis { get; }
    public INamedTypeSymbol? LawfulBasisAttribute { get; }
    public INamedTypeSymbol? LawfulBasisRequirements { get; }
    public INamedTypeSymbol? DisclosureScope { get; }
    public INamedTypeSymbol? Redact { get; }

    /// <summary>Microsoft.Extensions.Compliance's base classification attribute, matched by name so consumers need no package.</summary>
    public INamedTypeSymbol? DataClassificationAttribute { get; }
    public INamedTypeSymbol? NoDataClassificationAttribute { get; }
    public INamedTypeSymbol? UnknownDataClassificationAttribute { get; }
    public INamedTypeSymbol? ComplianceRedactor { get; }
    public INamedTypeSymbol? ComplianceRedactionBuilderExtensions { get; }

    public INamedTypeSymbol? MelLogger { get; }
    public INamedTypeSymbol? MelLoggerExtensions { get; }
    public INamedTypeSymbol? MelLoggerMessageAttribute { get; }
    public INamedTypeSymbol? SerilogLogger { get; }
    public INamedTypeSymbol? SerilogLoggerClass { get; }
    public INamedTypeSymbol? SerilogStaticLog { get; }
    public INamedTypeSymbol? SerilogLogContext { get; }
    public INamedTypeSymbol? NLogLogger { get; }
    public INamedTypeSymbol? NLogILogger { get; }
    public INamedTypeSymbol? NLogILoggerBase { get; }
    public INamedTypeSymbol? NLogScopeContext { get; }
    public INamedTypeSymbol? Console { get; }
    public INamedTypeSymbol? Debug { get; }
    public INamedTypeSymbol? Trace { get; }
    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? StjSerializer { get; }
    public INamedTypeSymbol? StjJsonContent { get; }
    public INamedTypeSymbol? StjHttpClientExtensions { get; }
    public INamedTypeSymbol? StjConverter { get; }
    public INamedTypeSymbol? StjIgnore { get; }
    public INamedTypeSymbol? NewtonsoftConvert { get; }
    public INamedTypeSymbol? NewtonsoftSerializer { get; }
    public INamedTypeSymbol? NewtonsoftToken { get; }
    public INamedTypeSymbol? NewtonsoftConverter { get; }
    public INamedTypeSymbol? NewtonsoftIgnore { get; }
    public INamedTypeSymbol? XmlSerializer { get; }
    public INamedTypeSymbol? XmlIgnore { get; }
    public INamedTypeSymbol? XmlObjectSerializer { get; }
    public INamedTypeSymbol? DataContract { get; }
    public INamedTypeSymbol? DataMember { get; }
    public INamedTypeSymbol? IgnoreDataMember { get; }

    public INamedTypeSymbol? File { get; }
    public INamedTypeSymbol? StringWriter { get; }
    public INamedTypeSymbol? HttpClient { get; }
    public INamedTypeSymbol? HttpRequestMessage { get; }
    public INamedTypeSymbol? StringContent { get; }
    public INamedTypeSymbol? FormUrlEncodedContent { get; }
    public INamedTypeSymbol? StjJsonNode { get; }
    public INamedTypeSymbol? StjJsonValue { get; }
    public INamedTypeSymbol? Utf8JsonWriter { get; }
    public INamedTypeSymbol? NewtonsoftJProperty { get; }
    public INamedTypeSymbol? NewtonsoftJValue { get; }
    public INamedTypeSymbol? NewtonsoftJContainer { get; }
    public INamedTypeSymbol? NewtonsoftJsonWriter { get; }
    public INamedTypeSymbol? XmlWriter { get; }
    public INamedTypeSymbol? Activity { get; }
    public INamedTypeSymbol? NLogLogEventBuilder { get; }
    public INamedTypeSymbol? StringBuilder { get; }
    public INamedTypeSymbol? FormattableStringFactory { get; }
    public INamedTypeSymbol? Exception { get; }
    public INamedTypeSymbol? FormatProvider { get; }
    public INamedTypeSymbol? GeneratedCodeAttribute { get; }
    public INamedTypeSymbol Enumerable { get; }
    public INamedTypeSymbol GenericEnumerable { get; }

    /// <summary>Resolves the symbols, or returns null when the compilation does not reference the Marac.Forms vocabulary.</summary>
    public static KnownSymbols? TryCreate(Compilation compilation)
    {
        var restricted = Get(compilation, "Marac.Forms.DataProtection.RestrictedPersonalDataAttribute");
        return restricted is null ? null : new KnownSymbols(compilation, restricted);
    }

    public bool IsLawfulBasis(ITypeSymbol? type) =>
        LawfulBasis is not null && type is not null && SymbolEqualityComparer.Default.Equals(type, LawfulBasis);

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName);
}
