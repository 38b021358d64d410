namespace Marac.Forms;

/// <summary>An organisation that takes part in MARAC work, or receives information from it.</summary>
public sealed record Agency
{
    /// <summary>The agency's name.</summary>
    public string? Name { get; init; }

    /// <summary>What kind of agency it is.</summary>
    public AgencyKind Kind { get; init; }

    /// <summary>Whether it is a public authority, a voluntary or community organisation, or private: this decides which lawful bases it may use.</summary>
    public AgencySector Sector { get; init; }

    /// <summary>Whether the agency attends the MARAC. Sharing immigration status with an agency that does not needs the MARAC's agreement.</summary>
    public bool? AttendsMarac { get; init; }

    /// <summary>A secure email address for MARAC correspondence.</summary>
    public string? SecureEmail { get; init; }
}
