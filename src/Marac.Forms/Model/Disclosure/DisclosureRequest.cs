using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A request for information about a case: who asked, when, by which route, and the MARAC chair's decision where it came through the chair.</summary>
public sealed record DisclosureRequest
{
    /// <summary>Who asked: the person and their agency.</summary>
    [RestrictedPersonalData]
    public string? RequestedBy { get; init; }

    /// <summary>When they asked.</summary>
    public CalendarDate? RequestedOn { get; init; }

    /// <summary>How the request came.</summary>
    public RequestRoute? Route { get; init; }

    /// <summary>Where the request came through the MARAC chair: whether the chair agreed to the release.</summary>
    public bool? ChairAgreed { get; init; }

    /// <summary>When the chair decided.</summary>
    public CalendarDate? ChairDecidedOn { get; init; }

    /// <summary>True when nothing about a request is recorded (the agency decided on its own initiative).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(RequestedBy) && RequestedOn is null && Route is null && ChairAgreed is null && ChairDecidedOn is null;

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(DisclosureRequest));
}
