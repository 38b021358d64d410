namespace Marac.Forms;

/// <summary>How a request for information about a MARAC case reached the agency (seed 002 §4.1.6, §4.3).</summary>
public enum RequestRoute
{
    /// <summary>Asked directly of the agency that holds the information.</summary>
    Direct,

    /// <summary>Made through the MARAC chair, as requests outside meetings and for minutes or action plans should be (§4.1.6, §4.3.2).</summary>
    ThroughMaracChair,

    /// <summary>To support family court proceedings: made through the MARAC chair and decided under the CAADA and Family Justice Council guidance (§4.3.5).</summary>
    FamilyCourtThroughMaracChair,
}
