using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>One row of the risk table on the sharing-without-consent record.</summary>
public sealed record RiskTableRow
{
    /// <summary>Who is at risk (for example the children, the client, family, others).</summary>
    [RestrictedPersonalData]
    public string? WhoIsAtRisk { get; init; }

    /// <summary>Whom they are at risk from (for example partner, ex-partner, family, self).</summary>
    [RestrictedPersonalData]
    public string? AtRiskFrom { get; init; }

    /// <summary>The concerns around this risk.</summary>
    [RestrictedPersonalData]
    public string? Concerns { get; init; }

    /// <summary>The immediate risks to the victim.</summary>
    [RestrictedPersonalData]
    public string? ImmediateRisks { get; init; }

    /// <summary>The risk assessment through which the risk was identified.</summary>
    public string? IdentifiedThrough { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(RiskTableRow));
}
