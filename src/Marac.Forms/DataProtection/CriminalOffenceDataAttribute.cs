namespace Marac.Forms.DataProtection;

/// <summary>
/// Marks data about criminal offences or allegations, including convictions, bail and orders
/// (UK GDPR Article 10). Processing it needs a condition in Schedule 1 to the Data Protection Act 2018,
/// or Part 3 of that Act for law enforcement.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = true,
    AllowMultiple = false)]
public sealed class CriminalOffenceDataAttribute : RestrictedPersonalDataAttribute
{
}
