namespace Marac.Forms.DataProtection;

/// <summary>
/// Marks a member (or a whole type) as restricted personal data: it identifies or describes a person
/// and must not be logged, serialised or otherwise disclosed without a recorded lawful basis.
/// The Marac.Forms analyzers read this attribute, and the more specific ones derived from it,
/// on any type, not only the types in this library.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = true,
    AllowMultiple = false)]
public class RestrictedPersonalDataAttribute : Attribute
{
}
