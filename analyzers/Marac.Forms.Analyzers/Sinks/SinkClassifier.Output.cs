using System.Collections.Generic;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Sinks;

/// <summary>
/// Sinks that write text out of the process without a serialiser or a logger: files and writers, HTTP
/// addresses and bodies, JSON and XML built by hand, trace tags, LoggerMessage.Define delegates, NLog's
/// fluent builder and exception messages.
/// </summary>
internal static partial class SinkClassifier
{
    private static readonly HashSet<string> FileMethods = new()
    {
        "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync",
    };

    private static readonly HashSet<string> HttpClientMethods = new()
    {
        "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync",
        "GetFromJsonAsync", "DeleteFromJsonAsync",
    };

    private static readonly HashSet<string> ActivityMethods = new() { "SetTag", "AddTag", "AddBaggage", "SetBaggage" };

    private static readonly HashSet<string> NLogBuilderMethods = new() { "Message", "Property", "Properties" };

    /// <summary>A property, not a field: the sink-name set in the other part of this class reads it during its own initialisation.</summary>
    private static string[] OutputMethodNames => new[]
    {
        "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync",
        "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync",
        "GetFromJsonAsync", "DeleteFromJsonAsync",
        "SetTag", "AddTag", "AddBaggage", "SetBaggage", "Message", "Property", "Properties",
        "Add", "Insert", "Create", "Invoke", ".ctor",
        "WriteString", "WriteStringValue", "WriteNumber", "WriteNumberValue", "WriteBoolean", "WriteBooleanValue", "WritePropertyName",
        "WriteRaw", "WriteRawValue", "WriteValue", "WriteComment", "WriteElementString", "WriteAttributeString", "WriteCData",
        "WriteBase64String", "WriteCommentValue",
    };

    private const string HandBuiltJson = "System.Text.Json.Nodes";
    private const string HandBuiltNewtonsoftJson = "Newtonsoft.Json.Linq";
    private const string ExceptionMessage = "an exception";

    /// <summary>Calls that write: <c>File.WriteAllText</c>, <c>writer.WriteLine</c>, <c>http.GetAsync(url)</c>, <c>activity.SetTag</c>, ...</summary>
    private static SinkCall? ClassifyOutput(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol type, KnownSymbols known)
    {
        var name = method.Name;
        if (Is(type, known.File) && FileMethods.Contains(name))
        {
            return Everything(SinkKind.Serialisation, "File", invocation, known);
        }

        if (name.StartsWith("Write", System.StringComparison.Ordinal))
        {
            if (RestrictedMembers.InheritsFrom(type, known.TextWriter) && !IsInMemoryWriter(invocation.Instance, known))
            {
                return IsConsoleWriter(invocation.Instance, known) ? null : Everything(SinkKind.Serialisation, "TextWriter", invocation, known);
            }

            if (Is(type, known.Utf8JsonWriter))
            {
                return Everything(SinkKind.Serialisation, "Utf8JsonWriter", invocation, known);
            }

            if (RestrictedMembers.InheritsFrom(type, known.NewtonsoftJsonWriter))
            {
                return Everything(SinkKind.Serialisation, "Newtonsoft.Json JsonWriter", invocation, known);
            }

            if (RestrictedMembers.InheritsFrom(type, known.XmlWriter))
            {
                return Everything(SinkKind.Serialisation, "XmlWriter", invocation, known);
            }

            return null;
        }

        if (HttpClientMethods.Contains(name) && (RestrictedMembers.InheritsFrom(type, known.HttpClient) || Is(type, known.StjHttpClientExtensions)))
        {
            // A body passed as HttpContent is checked where the content is made (new StringContent(...)).
            return Named(SinkKind.Serialisation, "an HttpClient address", invocation, ExposureMode.Formatting, "requestUri");
        }

        if (Is(type, known.Activity) && ActivityMethods.Contains(name))
        {
            return Named(SinkKind.Logging, "Activity tags", invocation, ExposureMode.Formatting, "value");
        }

        if (Is(type, known.NLogLogEventBuilder) && NLogBuilderMethods.Contains(name))
        {
            return Everything(SinkKind.Logging, "NLog", invocation, known);
        }

        if (method.MethodKind == MethodKind.DelegateInvoke && IsLoggerMessageDelegate(method.ContainingType, known))
        {
            return Everything(SinkKind.Logging, "Microsoft.Extensions.Logging", invocation.Arguments, known, skip: 1);
        }

        if (method.MethodKind == MethodKind.Constructor && RestrictedMembers.InheritsFrom(type, known.Exception))
        {
            // base(...) from an exception type's own constructor.
            return Everything(SinkKind.Logging, ExceptionMessage, invocation, known);
        }

        if (name is "Add" or "Insert")
        {
            if (RestrictedMembers.InheritsFrom(type, known.StjJsonNode))
            {
                return Everything(SinkKind.Serialisation, HandBuiltJson, invocation, known);
            }

            if (RestrictedMembers.InheritsFrom(type, known.NewtonsoftJContainer))
            {
                return Everything(SinkKind.Serialisation, HandBuiltNewtonsoftJson, invocation, known);
            }

            if (IsExceptionData(invocation.Instance, known))
            {
                return Everything(SinkKind.Logging, ExceptionMessage, invocation, known);
            }

            return null;
        }

        if (name == "Create" && Is(type, known.StjJsonValue))
        {
            return Named(SinkKind.Serialisation, HandBuiltJson, invocation, ExposureMode.SystemTextJson, "value");
        }

        return null;
    }

    /// <summary><c>new StringContent(text)</c>, <c>new JProperty(name, value)</c>, <c>new InvalidOperationException(message)</c>, ...</summary>
    public static SinkCall? ClassifyCreation(IObjectCreationOperation creation, KnownSymbols known)
    {
        if (creation.Type is not INamedTypeSymbol type || creation.Arguments.Length == 0)
        {
            return null;
        }

        if (Is(type, known.StringContent) || Is(type, known.FormUrlEncodedContent))
        {
            return Everything(SinkKind.Serialisation, "HTTP content", creation.Arguments, known);
        }

        if (Is(type, known.HttpRequestMessage))
        {
            return Named(SinkKind.Serialisation, "an HttpClient address", creation.Arguments, ExposureMode.Formatting, "requestUri");
        }

        if (RestrictedMembers.InheritsFrom(type, known.NewtonsoftToken) && type.ContainingNamespace?.ToDisplayString() == "Newtonsoft.Json.Linq")
        {
            return Everything(SinkKind.Serialisation, HandBuiltNewtonsoftJson, creation.Arguments, known);
        }

        if (RestrictedMembers.InheritsFrom(type, known.StjJsonNode))
        {
            return Everything(SinkKind.Serialisation, HandBuiltJson, creation.Arguments, known);
        }

        if (RestrictedMembers.InheritsFrom(type, known.Exception))
        {
            return Everything(SinkKind.Logging, ExceptionMessage, creation.Arguments, known);
        }

        return null;
    }

    /// <summary><c>json["name"] = value</c> on a JSON node or token, and <c>exception.Data["key"] = value</c>.</summary>
    public static SinkCall? ClassifyAssignment(ISimpleAssignmentOperation assignment, KnownSymbols known)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance })
        {
            return null;
        }

        var instanceType = instance.Type;
        string? name = RestrictedMembers.InheritsFrom(instanceType, known.StjJsonNode) ? HandBuiltJson
            : RestrictedMembers.InheritsFrom(instanceType, known.NewtonsoftToken) ? HandBuiltNewtonsoftJson
            : IsExceptionData(instance, known) ? ExceptionMessage
            : null;
        if (name is null)
        {
            return null;
        }

        var kind = name == ExceptionMessage ? SinkKind.Logging : SinkKind.Serialisation;
        return new SinkCall(kind, name, new List<SinkArgument> { new(assignment.Value, ExposureMode.Formatting) });
    }

    /// <summary>
    /// Values put into JSON built by hand, HTTP content or an exception are reported where they go in;
    /// the object they go into is not then reported again wherever it is passed on.
    /// </summary>
    public static bool IsReportedWhereBuilt(ITypeSymbol? type, KnownSymbols known) =>
        type is INamedTypeSymbol named
        && (Is(named, known.StringContent) || Is(named, known.FormUrlEncodedContent)
            || RestrictedMembers.InheritsFrom(named, known.StjJsonNode)
            || RestrictedMembers.InheritsFrom(named, known.NewtonsoftToken)
            || RestrictedMembers.InheritsFrom(named, known.Exception));

    /// <summary>An indexer write that <see cref="ClassifyAssignment"/> reports.</summary>
    public static bool IsReportedIndexerWrite(IOperation target, KnownSymbols known) =>
        target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }
        && (IsReportedWhereBuilt(instance.Type, known) || IsExceptionData(instance, known));

    private static bool IsExceptionData(IOperation? instance, KnownSymbols known) =>
        instance is not null
        && OperationTree.Unwrap(instance) is IPropertyReferenceOperation { Property.Name: "Data" } data
        && RestrictedMembers.InheritsFrom(data.Property.ContainingType, known.Exception);

    /// <summary>What <c>LoggerMessage.Define</c> and <c>DefineScope</c> return: a delegate taking the logger first.</summary>
    private static bool IsLoggerMessageDelegate(INamedTypeSymbol type, KnownSymbols known) =>
        type.TypeKind == TypeKind.Delegate
        && type.ContainingNamespace?.ToDisplayString() == "System"
        && type.Name is "Action" or "Func"
        && type.TypeArguments.Length > 1
        && Is(type.TypeArguments[0], known.MelLogger);

    /// <summary>A <c>StringWriter</c> builds a string in memory; where that string goes is followed like a <c>StringBuilder</c>.</summary>
    private static bool IsInMemoryWriter(IOperation? instance, KnownSymbols known) =>
        instance?.Type is { } writerType && RestrictedMembers.InheritsFrom(writerType, known.StringWriter);
}
