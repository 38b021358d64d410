namespace Marac.Forms;

/// <summary>Dash item 21: the abuser's problems in the past year.</summary>
public enum AbuserProblemArea
{
    /// <summary>Drugs.</summary>
    Drugs,

    /// <summary>Alcohol.</summary>
    Alcohol,

    /// <summary>Mental health.</summary>
    MentalHealth,
}
