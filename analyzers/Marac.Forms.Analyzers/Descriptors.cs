using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers;

/// <summary>The descriptors of every Marac.Forms rule.</summary>
internal static class Descriptors
{
    private const string Category = "DataProtection";

    public static readonly DiagnosticDescriptor LoggedWithoutLawfulBasis = Create(
        DiagnosticIds.LoggedWithoutLawfulBasis,
        "Restricted personal data is logged without a recorded lawful basis",
        "{0} ({1}) reaches {2} without a recorded lawful basis",
        DiagnosticSeverity.Warning,
        "Logs are copied, shipped and kept far longer than case records, and are read by people with no part in the case. Record the lawful basis for the disclosure (pass a LawfulBasis to the call, open a DisclosureScope, or put [LawfulBasis] with its reasons on the member) or redact the value.");

    public static readonly DiagnosticDescriptor SerialisedWithoutLawfulBasis = Create(
        DiagnosticIds.SerialisedWithoutLawfulBasis,
        "Restricted personal data is serialised without a recorded lawful basis",
        "{0} ({1}) reaches {2} without a recorded lawful basis",
        DiagnosticSeverity.Warning,
        "Serialised data leaves the process: files, queues, caches, HTTP bodies. Record the lawful basis for the disclosure (pass a LawfulBasis to the call, open a DisclosureScope, or put [LawfulBasis] with its reasons on the member) or redact the value.");

    public static readonly DiagnosticDescriptor GenderHistoryWithoutExemption = Create(
        DiagnosticIds.GenderHistoryWithoutExemption,
        "Gender history leaves the process without a recorded Gender Recognition Act exemption",
        "{0} is gender history and reaches {1} without a recorded Gender Recognition Act 2004 s.22 exemption",
        DiagnosticSeverity.Error,
        "Disclosing protected information about a person's gender history, acquired in an official capacity, is an offence under section 22 of the Gender Recognition Act 2004 unless an exemption in section 22(4) or an order under section 22(5) applies. The lawful basis must name the exemption relied on (GenderRecognitionExemption), or the value must be redacted.");

    public static readonly DiagnosticDescriptor ImmigrationStatusWithoutAgreement = Create(
        DiagnosticIds.ImmigrationStatusWithoutAgreement,
        "Immigration status leaves the process without the MARAC's recorded agreement",
        "{0} is immigration status and reaches {1} without a lawful basis recording the MARAC's agreement",
        DiagnosticSeverity.Error,
        "Immigration status may be shared only where proportionate and directly relevant to the victim's safety. An agency that does not attend the MARAC may receive it only with the MARAC's agreement; immigration enforcement, which never attends, only with the MARAC's explicit agreement and only to protect the victim. Code cannot tell where a log or serialised payload ends up, so the lawful basis must record one of those agreements in full (ImmigrationSharingAgreement, or ImmigrationEnforcementAgreement with ImmigrationEnforcementToProtectVictim), or the value must be redacted.");

    public static readonly DiagnosticDescriptor IncompleteLawfulBasis = Create(
        DiagnosticIds.IncompleteLawfulBasis,
        "A lawful basis must state its Article 6 basis, reasons, extent and permitted use",
        "The lawful basis does not state {0}: every disclosure records its UK GDPR Article 6 basis, its reasons, the extent of what is disclosed and the permitted use",
        DiagnosticSeverity.Error,
        "UK GDPR Article 6 requires a lawful basis for any processing (under Part 3 of the Data Protection Act 2018, section 35 does), and section 2.2 of the MARAC information-sharing protocol requires each decision to disclose to record the reasons, the extent of the disclosure and the permitted use. A basis without them records nothing, and the Marac.Forms runtime refuses it.");

    public static readonly DiagnosticDescriptor ToStringPrintsRestrictedData = Create(
        DiagnosticIds.ToStringPrintsRestrictedData,
        "ToString() prints restricted personal data",
        "'{0}.ToString()' prints '{1}', which is restricted personal data",
        DiagnosticSeverity.Warning,
        "ToString() runs wherever an object is logged, interpolated, shown in a debugger or put in an exception message. A record's generated ToString() prints every public member; override it (or PrintMembers) so restricted members stay hidden, or redact them.");

    public static readonly DiagnosticDescriptor SensitiveDataWithoutCondition = Create(
        DiagnosticIds.SensitiveDataWithoutCondition,
        "Special category or criminal-offence data leaves under a lawful basis without its Article 9 condition or Article 10 coverage",
        "{0} is {1} and reaches {2} under a lawful basis that records no {3}",
        DiagnosticSeverity.Warning,
        "An Article 6 basis alone does not make special category or criminal-offence data lawful to process. UK GDPR Article 9(1) forbids processing special category data unless an Article 9(2) condition applies, and for (b), (g), (h), (i) and (j) the Data Protection Act 2018 section 10(1) to (3) needs a Schedule 1 condition as well; Article 10 allows criminal-offence data only under official authority or a Schedule 1 condition (section 10(5)). Record them on the basis (Article9 with Schedule1, Article10; Schedule8 under Part 3) or redact the value.");

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, RuleDocumentation.HelpLinkFor(id));
}
