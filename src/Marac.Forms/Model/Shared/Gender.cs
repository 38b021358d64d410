namespace Marac.Forms;

/// <summary>A person's gender as they describe it.</summary>
public enum Gender
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Non-binary.</summary>
    NonBinary,

    /// <summary>Another description, recorded elsewhere.</summary>
    Other,

    /// <summary>Not known to the referrer.</summary>
    NotKnown,
}
