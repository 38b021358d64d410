namespace Marac.Forms;

/// <summary>Dash item 14: whom the abuser threatened to kill.</summary>
public enum ThreatToKillTarget
{
    /// <summary>The victim.</summary>
    Victim,

    /// <summary>The children.</summary>
    Children,

    /// <summary>Someone else (specify).</summary>
    Other,
}
