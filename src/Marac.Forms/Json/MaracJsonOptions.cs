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
    /// The serializer itself refuses null for members that always hold a value, repeated member names and missing
    /// required constructor parameters (the context's generation options). <see cref="MaracJson"/> still checks
    /// every file against the record shapes first, by the same rule, because the serializer stops at the first
    /// problem while the check reports every one, with its line, character column and a "did you mean" hint.
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
