namespace Marac.Forms.DataProtection;

/// <summary>
/// Marks restricted personal data that is also special category data under UK GDPR Article 9
/// (health, sexuality, ethnicity, religion, disability and the rest of <see cref="SpecialCategory"/>).
/// Disclosing it needs an Article 9 condition as well as an Article 6 basis.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = true,
    AllowMultiple = false)]
public sealed class SpecialCategoryDataAttribute : RestrictedPersonalDataAttribute
{
    /// <summary>Marks special category data of the given kind.</summary>
    public SpecialCategoryDataAttribute(SpecialCategory category) => Category = category;

    /// <summary>The kind of special category data.</summary>
    public SpecialCategory Category { get; }
}
