namespace Marac.Forms.DataProtection;

/// <summary>
/// Replaces restricted values before they reach a log or other output. The analyzers treat a value
/// passed through these methods as safe.
/// </summary>
public static class Redact
{
    /// <summary>The text that stands in for a redacted value.</summary>
    public const string Placeholder = "[redacted]";

    /// <summary>Returns <see cref="Placeholder"/> whatever the value; a null value gives an empty string.</summary>
    public static string Value<T>(T value) => value is null ? string.Empty : Placeholder;
}
