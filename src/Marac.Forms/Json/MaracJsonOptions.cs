using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marac.Forms.Json;

/// <summary>The one set of serializer options every Marac.Forms JSON reader and writer uses.</summary>
internal static class MaracJsonOptions
{
    /// <summary>Camel-case names, enums as camel-case strings (never numbers), strict types, unknown members rejected.</summary>
    internal static JsonSerializerOptions Default { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(MaracJsonContext.Default.Options)
        {
            // Names in many scripts stay readable in the file instead of becoming \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
