using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>The one set of serializer options every Marac.Forms JSON reader and writer uses.</summary>
internal static class MaracJsonOptions
{
    /// <summary>
    /// Camel-case names; enums as their exact camel-case names (never numbers, never another casing); strict
    /// numbers; unknown members rejected; indented; only the characters JSON requires are escaped.
    /// </summary>
    /// <remarks>
    /// These options alone still accept null for members that always hold a value, and repeated member names.
    /// <see cref="MaracJson"/> checks every file against the record shapes before deserializing, which refuses both.
    /// </remarks>
    internal static JsonSerializerOptions Default { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(MaracJsonContext.Default.Options)
        {
            Encoder = MaracJsonEncoder.Instance,
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.MakeReadOnly();
        return options;
    }
}
