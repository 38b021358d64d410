using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>
/// Makes a new, empty instance of each record type of the JSON contract. The record shapes compare against one to
/// learn which members start null and which start empty. The source-generated metadata has no factory for records
/// with init-only members, and <c>Activator.CreateInstance</c> over a type found at run time is not safe to trim, so
/// each record is listed here; a test checks the list against the records.
/// </summary>
internal static class RecordFactories
{
    /// <summary>The record types, each with the way to make a new one.</summary>
    internal static IReadOnlyDictionary<Type, Func<object>> All { get; } = new Dictionary<Type, Func<object>>
    {
        [typeof(Address)] = () => new Address(),
        [typeof(Agency)] = () => new Agency(),
        [typeof(Child)] = () => new Child(),
        [typeof(Consultation)] = () => new Consultation(),
        [typeof(ContactDetails)] = () => new ContactDetails(),
        [typeof(DashAnswer)] = () => new DashAnswer(),
        [typeof(DashChecklist)] = () => new DashChecklist(),
        [typeof(DateOfBirth)] = () => new DateOfBirth(),
        [typeof(DisclosureDecision)] = () => new DisclosureDecision(),
        [typeof(DisclosureRequest)] = () => new DisclosureRequest(),
        [typeof(DiversityAndNeeds)] = () => new DiversityAndNeeds(),
#pragma warning disable MARAC005 // a blank to compare members against, never used as a basis for anything
        [typeof(LawfulBasis)] = () => new LawfulBasis(),
#pragma warning restore MARAC005
        [typeof(LocalDashAnswer)] = () => new LocalDashAnswer(),
        [typeof(MaracAgreement)] = () => new MaracAgreement(),
        [typeof(MaracReferral)] = () => new MaracReferral(),
        [typeof(PersonName)] = () => new PersonName(),
        [typeof(Perpetrator)] = () => new Perpetrator(),
        [typeof(Practitioner)] = () => new Practitioner(),
        [typeof(ReferralReasons)] = () => new ReferralReasons(),
        [typeof(RiskTableRow)] = () => new RiskTableRow(),
        [typeof(SharingLogEntry)] = () => new SharingLogEntry(),
        [typeof(SharingWithoutConsentRecord)] = () => new SharingWithoutConsentRecord(),
        [typeof(Signature)] = () => new Signature(),
        [typeof(VictimDetails)] = () => new VictimDetails(),
    };

    /// <summary>A new, empty <paramref name="recordType"/>.</summary>
    /// <exception cref="NotSupportedException"><paramref name="recordType"/> is not a record of the JSON contract.</exception>
    internal static object New(Type recordType) =>
        All.TryGetValue(recordType, out var create)
            ? create()
            : throw new NotSupportedException(recordType.Name + " is not a Marac.Forms record.");
}
