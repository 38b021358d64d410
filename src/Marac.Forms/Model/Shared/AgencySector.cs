namespace Marac.Forms;

/// <summary>Whether an agency is a public authority, which decides the lawful bases open to it.</summary>
public enum AgencySector
{
    /// <summary>Not stated.</summary>
    NotStated,

    /// <summary>
    /// A public authority or public body (Data Protection Act 2018 s.7), for example a police force, a council or an
    /// NHS body. Performing its tasks, it cannot rely on UK GDPR Article 6(1)(ea) or (f) (the words after
    /// Article 6(1)(f)); it uses (e) or (c).
    /// </summary>
    PublicAuthority,

    /// <summary>A voluntary or community organisation, such as many specialist domestic-abuse (IDVA or IDAA) services.</summary>
    VoluntaryOrCommunity,

    /// <summary>A private organisation, for example a housing association that is not a public authority.</summary>
    Private,
}
