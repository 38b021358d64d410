namespace Marac.Forms;

/// <summary>What a lawful basis is checked against: what is disclosed, by what kind of agency, to whom, and (for a sharing-without-consent record) why there is no consent.</summary>
internal sealed record DisclosureContext
{
    internal ValueList<DisclosedDataCategory> Categories { get; init; }

    /// <summary>The path of the deciding agency's sector, and the sector.</summary>
    internal (string Path, AgencySector Sector) Decider { get; init; } = (string.Empty, AgencySector.NotStated);

    internal IReadOnlyList<Recipient> Recipients { get; init; } = Array.Empty<Recipient>();

    /// <summary>True on a sharing-without-consent record: a basis that rests on consent contradicts it.</summary>
    internal bool WithoutConsent { get; init; }

    /// <summary>The path and value of the consent position, on a sharing-without-consent record.</summary>
    internal (string Path, ConsentPosition? Position)? Consent { get; init; }

    /// <summary>One recipient: where its kind and attendance are recorded, and their values.</summary>
    internal sealed record Recipient(string KindPath, AgencyKind Kind, string AttendsPath, bool? AttendsMarac);
}
