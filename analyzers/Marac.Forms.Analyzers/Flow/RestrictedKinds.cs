using System;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>What kind of restricted data a value carries; a value can carry several.</summary>
[Flags]
internal enum RestrictedKinds
{
    None = 0,
    Restricted = 1,
    SpecialCategory = 2,
    CriminalOffence = 4,
    GenderHistory = 8,
    ImmigrationStatus = 16,
}
