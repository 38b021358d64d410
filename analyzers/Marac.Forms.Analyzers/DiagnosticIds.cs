namespace Marac.Forms.Analyzers;

/// <summary>
/// The rule ids and diagnostic property keys. This file is linked into the code-fix assembly so the
/// two assemblies agree without one referencing the other.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>Restricted personal data reaches a logging sink without a recorded lawful basis.</summary>
    public const string LoggedWithoutLawfulBasis = "MARAC001";

    /// <summary>Restricted personal data reaches a serialiser without a recorded lawful basis.</summary>
    public const string SerialisedWithoutLawfulBasis = "MARAC002";

    /// <summary>Gender history leaves the process without a recorded Gender Recognition Act s.22 exemption.</summary>
    public const string GenderHistoryWithoutExemption = "MARAC003";

    /// <summary>Immigration status leaves the process without the MARAC's recorded agreement.</summary>
    public const string ImmigrationStatusWithoutAgreement = "MARAC004";

    /// <summary>A lawful basis leaves reasons, extent or permitted use empty.</summary>
    public const string IncompleteLawfulBasis = "MARAC005";

    /// <summary>A type's <c>ToString()</c> prints restricted members.</summary>
    public const string ToStringPrintsRestrictedData = "MARAC006";

    /// <summary>Special category or criminal-offence data leaves under a basis that records no Article 9 condition or Article 10 coverage.</summary>
    public const string SensitiveDataWithoutCondition = "MARAC007";

    /// <summary>Diagnostic property set to "true" when wrapping the reported expression in <c>Redact.Value</c> keeps the code compiling.</summary>
    public const string RedactableProperty = "MaracRedactable";

    /// <summary>Diagnostic property set to "true" when adding a lawful-basis attribute to the enclosing member would record a basis.</summary>
    public const string AttributableProperty = "MaracAttributable";
}
