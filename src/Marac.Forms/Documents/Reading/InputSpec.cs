namespace Marac.Forms.Documents.Reading;

/// <summary>What the definition says about one input: its pattern (lists written <c>name[]</c>) and how to read it.</summary>
/// <param name="Pattern">The binding with list positions removed, for example <c>children[].school</c>.</param>
/// <param name="Kind">How the answer is converted.</param>
/// <param name="IsBoolean">For a choice, true when the values are <c>true</c>/<c>false</c> rather than names.</param>
/// <param name="OptionValues">For a choice, the values in the order printed.</param>
internal sealed record InputSpec(string Pattern, AnswerKind Kind, bool IsBoolean, IReadOnlyList<string> OptionValues)
{
    /// <summary>True for text that the record holds as a string that is never null: an empty input reads as the empty string.</summary>
    internal bool EmptyIsEmptyString { get; init; }

    /// <summary>
    /// The section or group holding the input when that part may be left out of a completed form (it has a print
    /// condition); otherwise null.
    /// </summary>
    internal string? OptionalPart { get; init; }

    internal bool IsInList => Pattern.IndexOf("[]", StringComparison.Ordinal) >= 0;
}
