using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>The answer to one Dash checklist question.</summary>
public sealed record DashAnswer
{
    /// <summary>Yes, No or Don't know; empty while unanswered.</summary>
    public DashResponse? Response { get; init; }

    /// <summary>Where the answer came from, if not from the victim (for example a police officer).</summary>
    [RestrictedPersonalData]
    public string? SourceIfNotVictim { get; init; }

    /// <summary>A comment on the answer.</summary>
    [RestrictedPersonalData]
    public string? Comment { get; init; }

    /// <summary>True when the answer is Yes.</summary>
    [JsonIgnore]
    public bool IsYes => Response == DashResponse.Yes;

    /// <summary>A Yes answer.</summary>
    public static DashAnswer Yes(string? comment = null) => new() { Response = DashResponse.Yes, Comment = comment };

    /// <summary>A No answer.</summary>
    public static DashAnswer No() => new() { Response = DashResponse.No };

    /// <summary>A Don't know answer.</summary>
    public static DashAnswer DontKnow() => new() { Response = DashResponse.DontKnow };

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(DashAnswer));
}
