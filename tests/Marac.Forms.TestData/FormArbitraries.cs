using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.DataProtection;

namespace Marac.Forms.TestData;

/// <summary>
/// FsCheck arbitraries for the four forms, ready for <c>Prop.ForAll</c>. The "fully populated" ones set
/// every optional member and put items in every list (see <see cref="FormGenerators.FullyPopulated"/>);
/// the others also leave members out (see <see cref="FormGenerators.Varied"/>). None of them shrinks.
/// </summary>
public static class FormArbitraries
{
    /// <summary>MARAC referrals with every member set.</summary>
    public static Arbitrary<MaracReferral> FullyPopulatedMaracReferral { get; } = Arb.From(FormGenerators.FullyPopulated.MaracReferral);

    /// <summary>Dash checklists with every member set and every item answered.</summary>
    public static Arbitrary<DashChecklist> FullyPopulatedDashChecklist { get; } = Arb.From(FormGenerators.FullyPopulated.DashChecklist);

    /// <summary>Sharing-without-consent records with every member set.</summary>
    public static Arbitrary<SharingWithoutConsentRecord> FullyPopulatedSharingWithoutConsentRecord { get; } = Arb.From(FormGenerators.FullyPopulated.SharingWithoutConsentRecord);

    /// <summary>Disclosure decisions with every member set.</summary>
    public static Arbitrary<DisclosureDecision> FullyPopulatedDisclosureDecision { get; } = Arb.From(FormGenerators.FullyPopulated.DisclosureDecision);

    /// <summary>MARAC referrals with members sometimes left out.</summary>
    public static Arbitrary<MaracReferral> MaracReferral { get; } = Arb.From(FormGenerators.Varied.MaracReferral);

    /// <summary>Dash checklists with members sometimes left out.</summary>
    public static Arbitrary<DashChecklist> DashChecklist { get; } = Arb.From(FormGenerators.Varied.DashChecklist);

    /// <summary>Sharing-without-consent records with members sometimes left out.</summary>
    public static Arbitrary<SharingWithoutConsentRecord> SharingWithoutConsentRecord { get; } = Arb.From(FormGenerators.Varied.SharingWithoutConsentRecord);

    /// <summary>Disclosure decisions with members sometimes left out.</summary>
    public static Arbitrary<DisclosureDecision> DisclosureDecision { get; } = Arb.From(FormGenerators.Varied.DisclosureDecision);

    /// <summary>Complete lawful bases (reasons, extent and permitted use stated), as writing a file requires.</summary>
    public static Arbitrary<LawfulBasis> CompleteLawfulBasis { get; } = Arb.From(FormGenerators.Varied.CompleteLawfulBasis);
}
