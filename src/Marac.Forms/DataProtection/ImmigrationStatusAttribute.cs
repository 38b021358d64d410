namespace Marac.Forms.DataProtection;

/// <summary>
/// Marks a person's immigration or refugee status. It may be shared only where proportionate and
/// relevant to safety, and never with immigration enforcement unless the MARAC has explicitly agreed
/// it to protect the victim (<see cref="LawfulBasis.ImmigrationDisclosureAgreedByMarac"/>).
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = true,
    AllowMultiple = false)]
public sealed class ImmigrationStatusAttribute : RestrictedPersonalDataAttribute
{
}
