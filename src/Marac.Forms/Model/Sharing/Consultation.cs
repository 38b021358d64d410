using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A consultation held before deciding to share: whom, when, the advice and the decision.</summary>
public sealed record Consultation
{
    /// <summary>Who was consulted (names, or a body such as an information-sharing helpline).</summary>
    [RestrictedPersonalData]
    public string? Who { get; init; }

    /// <summary>When.</summary>
    public CalendarDate? Date { get; init; }

    /// <summary>The advice given.</summary>
    [RestrictedPersonalData]
    public string? Advice { get; init; }

    /// <summary>The decision reached.</summary>
    [RestrictedPersonalData]
    public string? Decision { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(Consultation));
}
