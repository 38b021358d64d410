namespace Marac.Forms;

/// <summary>Kinds of data that need extra care when disclosed.</summary>
public enum DisclosedDataCategory
{
    /// <summary>Gender history (Gender Recognition Act 2004 s.22).</summary>
    GenderHistory,

    /// <summary>Immigration or refugee status.</summary>
    ImmigrationStatus,

    /// <summary>Health, disability or pregnancy.</summary>
    Health,

    /// <summary>Sexual orientation or sex life.</summary>
    Sexuality,

    /// <summary>Racial or ethnic origin.</summary>
    Ethnicity,

    /// <summary>Religion or belief.</summary>
    Religion,

    /// <summary>Criminal offences or allegations.</summary>
    CriminalOffences,
}
