namespace Marac.Forms;

/// <summary>Dash item 24: the abuser's police or criminal history.</summary>
public enum CriminalHistoryKind
{
    /// <summary>Domestic violence.</summary>
    DomesticViolence,

    /// <summary>Sexual violence.</summary>
    SexualViolence,

    /// <summary>Other violence.</summary>
    OtherViolence,

    /// <summary>Other offences.</summary>
    Other,
}
