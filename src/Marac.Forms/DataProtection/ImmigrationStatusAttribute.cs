namespace Marac.Forms.DataProtection;

/// <summary>
/// Marks a person's immigration or refugee status. It may be shared only where proportionate and directly
/// relevant to the victim's safety. Sharing it with an agency that does not attend the MARAC needs the MARAC's
/// agreement (<see cref="LawfulBasis.ImmigrationSharingAgreement"/>); immigration enforcement never attends,
/// and may receive it only with the MARAC's explicit agreement and only to protect the victim
/// (<see cref="LawfulBasis.ImmigrationEnforcementAgreement"/>, <see cref="LawfulBasis.ImmigrationEnforcementToProtectVictim"/>).
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = true,
    AllowMultiple = false)]
public sealed class ImmigrationStatusAttribute : RestrictedPersonalDataAttribute
{
}
