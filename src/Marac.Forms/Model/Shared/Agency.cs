namespace Marac.Forms;

/// <summary>An organisation that takes part in MARAC work.</summary>
public sealed record Agency
{
    /// <summary>The agency's name.</summary>
    public string? Name { get; init; }

    /// <summary>What kind of agency it is.</summary>
    public AgencyKind Kind { get; init; }

    /// <summary>A secure email address for MARAC correspondence.</summary>
    public string? SecureEmail { get; init; }
}
