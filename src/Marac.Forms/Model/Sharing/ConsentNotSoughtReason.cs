namespace Marac.Forms;

/// <summary>Why consent was not sought: asking would have had one of these effects (seed 002 §4.2.4).</summary>
public enum ConsentNotSoughtReason
{
    /// <summary>Asking would place a child or young person at increased risk of significant harm.</summary>
    ChildAtIncreasedRiskOfSignificantHarm,

    /// <summary>Asking would place an adult at risk of serious harm.</summary>
    AdultAtRiskOfSeriousHarm,

    /// <summary>Asking would prejudice the prevention or detection of a crime.</summary>
    WouldPrejudicePreventingOrDetectingCrime,

    /// <summary>Asking would lead to an unjustified delay in making enquiries about allegations of significant harm.</summary>
    WouldDelayEnquiriesIntoSignificantHarm,
}
