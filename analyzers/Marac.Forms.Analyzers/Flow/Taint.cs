using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// The restricted data a value carries: its kinds and the member (or type) it came from. Gender
/// history and immigration status keep their own source so the stricter rules can name it.
/// </summary>
internal readonly struct Taint
{
    public Taint(RestrictedKinds kinds, ISymbol source, bool viaType)
    {
        Kinds = kinds;
        Source = source;
        ViaType = viaType;
        GenderSource = (kinds & RestrictedKinds.GenderHistory) != 0 ? source : null;
        ImmigrationSource = (kinds & RestrictedKinds.ImmigrationStatus) != 0 ? source : null;
        SensitiveKinds = kinds & SensitiveMask;
        SensitiveSource = SensitiveKinds != RestrictedKinds.None ? source : null;
    }

    private Taint(
        RestrictedKinds kinds, ISymbol? source, bool viaType, ISymbol? genderSource, ISymbol? immigrationSource,
        RestrictedKinds sensitiveKinds = RestrictedKinds.None, ISymbol? sensitiveSource = null)
    {
        Kinds = kinds;
        Source = source;
        ViaType = viaType;
        GenderSource = genderSource;
        ImmigrationSource = immigrationSource;
        SensitiveKinds = sensitiveKinds;
        SensitiveSource = sensitiveSource;
    }

    private const RestrictedKinds SensitiveMask = RestrictedKinds.SpecialCategory | RestrictedKinds.CriminalOffence;

    public static Taint None => default;

    public RestrictedKinds Kinds { get; }

    /// <summary>The attributed member, parameter or type the data came from.</summary>
    public ISymbol? Source { get; }

    /// <summary>True when the value is restricted because of what its type holds, not because of where it came from.</summary>
    public bool ViaType { get; }

    public ISymbol? GenderSource { get; }

    public ISymbol? ImmigrationSource { get; }

    /// <summary>
    /// Special category and criminal-offence data the value carries, gathered from every member of a whole
    /// object (its <see cref="Kinds"/> describe the member found first), for the Article 9 and 10 rule.
    /// </summary>
    public RestrictedKinds SensitiveKinds { get; }

    /// <summary>The member (or type) the first of <see cref="SensitiveKinds"/> came from.</summary>
    public ISymbol? SensitiveSource { get; }

    public bool IsTainted => Kinds != RestrictedKinds.None;

    public bool Has(RestrictedKinds kind) => (Kinds & kind) != 0;

    /// <summary>
    /// What a yes/no answer about this value gives away: for gender history and immigration status the
    /// answer is itself the protected fact (whether someone has a gender history, whether they are a
    /// refugee); for other data it says too little to count.
    /// </summary>
    public Taint OnlyStrict()
    {
        var strict = Kinds & (RestrictedKinds.GenderHistory | RestrictedKinds.ImmigrationStatus);
        return strict == RestrictedKinds.None
            ? None
            : new Taint(strict | RestrictedKinds.Restricted, Source, ViaType, GenderSource, ImmigrationSource);
    }

    /// <summary>
    /// This taint, with the gender history and immigration status <paramref name="other"/> carries
    /// added: a whole object needs the stricter clearance for every strict member it holds, while its
    /// general description keeps naming the member found first.
    /// </summary>
    public Taint WithStrictOf(Taint other)
    {
        if (!IsTainted)
        {
            return other;
        }

        var strict = other.Kinds & (RestrictedKinds.GenderHistory | RestrictedKinds.ImmigrationStatus);
        return strict == RestrictedKinds.None && (other.SensitiveKinds & ~SensitiveKinds) == RestrictedKinds.None
            ? this
            : new Taint(
                Kinds | strict, Source, ViaType, GenderSource ?? other.GenderSource, ImmigrationSource ?? other.ImmigrationSource,
                SensitiveKinds | other.SensitiveKinds, SensitiveSource ?? other.SensitiveSource);
    }

    public Taint Merge(Taint other)
    {
        if (!other.IsTainted)
        {
            return this;
        }

        if (!IsTainted)
        {
            return other;
        }

        return new Taint(
            Kinds | other.Kinds,
            Source ?? other.Source,
            ViaType && other.ViaType,
            GenderSource ?? other.GenderSource,
            ImmigrationSource ?? other.ImmigrationSource,
            SensitiveKinds | other.SensitiveKinds,
            SensitiveSource ?? other.SensitiveSource);
    }
}
