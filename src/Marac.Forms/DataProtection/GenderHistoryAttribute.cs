namespace Marac.Forms.DataProtection;

/// <summary>
/// Marks information about a person's gender history. Under section 22 of the Gender Recognition
/// Act 2004, disclosing it when it was learned in an official capacity is an offence unless an
/// exemption applies, so a disclosure must record the exemption relied on
/// (<see cref="LawfulBasis.GenderRecognitionExemption"/>).
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = true,
    AllowMultiple = false)]
public sealed class GenderHistoryAttribute : RestrictedPersonalDataAttribute
{
}
