namespace Marac.Forms.DataProtection;

/// <summary>
/// A MARAC's recorded agreement to a disclosure: the date of the meeting or decision, or the reference of the
/// minute that records it. Either one is enough to find the agreement again.
/// </summary>
public sealed record MaracAgreement
{
    /// <summary>The date the MARAC agreed.</summary>
    public CalendarDate? AgreedOn { get; init; }

    /// <summary>The reference of the minute or action that records the agreement.</summary>
    public string? MinuteReference { get; init; }

    /// <summary>True when the date or the minute reference is recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRecorded => AgreedOn is not null || !string.IsNullOrWhiteSpace(MinuteReference);

    /// <summary>An agreement found by its minute reference.</summary>
    public static MaracAgreement Minute(string minuteReference) => new() { MinuteReference = minuteReference };

    /// <summary>An agreement found by its date.</summary>
    public static MaracAgreement On(CalendarDate agreedOn) => new() { AgreedOn = agreedOn };
}
