namespace Marac.Forms.DataProtection;

/// <summary>
/// Records, on a method or type, the lawful basis under which its code discloses restricted personal
/// data (for example a method that sends the referral to the MARAC). The analyzers accept a disclosure
/// inside such a member when reasons, extent and permitted use are all stated.
/// </summary>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = false,
    AllowMultiple = false)]
public sealed class LawfulBasisAttribute : Attribute
{
    /// <summary>Records the basis and its three statements.</summary>
    /// <param name="article6">The Article 6(1) basis.</param>
    /// <param name="reasons">Why the disclosure is necessary and proportionate.</param>
    /// <param name="extent">What is disclosed, about whom.</param>
    /// <param name="permittedUse">What the recipient may use it for.</param>
    public LawfulBasisAttribute(Article6Basis article6, string reasons, string extent, string permittedUse)
    {
        Article6 = article6;
        Reasons = reasons;
        Extent = extent;
        PermittedUse = permittedUse;
    }

    /// <summary>The Article 6(1) basis.</summary>
    public Article6Basis Article6 { get; }

    /// <summary>Why the disclosure is necessary and proportionate.</summary>
    public string Reasons { get; }

    /// <summary>What is disclosed, about whom.</summary>
    public string Extent { get; }

    /// <summary>What the recipient may use it for.</summary>
    public string PermittedUse { get; }

    /// <summary>The Article 9(2) condition for special category data.</summary>
    public Article9Condition Article9 { get; set; }

    /// <summary>The DPA 2018 Schedule 1 condition.</summary>
    public Schedule1Condition Schedule1 { get; set; }

    /// <summary>The DPA 2018 Schedule 8 condition (Part 3 processing).</summary>
    public Schedule8Condition Schedule8 { get; set; }

    /// <summary>True when criminal-offence data is covered.</summary>
    public bool CoversCriminalOffenceData { get; set; }

    /// <summary>The Gender Recognition Act s.22 exemption relied on for gender history.</summary>
    public GenderRecognitionExemption GenderRecognitionExemption { get; set; }

    /// <summary>True when the MARAC agreed immigration status may go to immigration enforcement.</summary>
    public bool ImmigrationDisclosureAgreedByMarac { get; set; }

    /// <summary>The same basis as a <see cref="LawfulBasis"/> value.</summary>
    public LawfulBasis ToLawfulBasis() => new()
    {
        Article6 = Article6,
        Article9 = Article9,
        Schedule1 = Schedule1,
        Schedule8 = Schedule8,
        CoversCriminalOffenceData = CoversCriminalOffenceData,
        GenderRecognitionExemption = GenderRecognitionExemption,
        ImmigrationDisclosureAgreedByMarac = ImmigrationDisclosureAgreedByMarac,
        Reasons = Reasons,
        Extent = Extent,
        PermittedUse = PermittedUse,
    };
}
