using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>The answer to a question that a local variant adds to the Dash checklist.</summary>
public sealed record LocalDashAnswer
{
    private string itemId = string.Empty;
    private DashAnswer answer = new();

    /// <summary>The question's identifier in the variant's form definition (for example <c>local-child-1</c>). Never null: null is stored as empty.</summary>
    public string ItemId { get => itemId; init => itemId = value ?? string.Empty; }

    /// <summary>The answer.</summary>
    [RestrictedPersonalData]
    public DashAnswer Answer { get => answer; init => answer = value ?? new(); }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(LocalDashAnswer));
}
