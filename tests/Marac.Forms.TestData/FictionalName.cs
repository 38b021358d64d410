namespace Marac.Forms.TestData;

/// <summary>An invented person's name, with the naming tradition and script it is written in.</summary>
/// <param name="GivenNames">Given name or names, in the person's own script.</param>
/// <param name="FamilyName">Family name, in the same script.</param>
/// <param name="Tradition">The naming tradition and script, for example "Polish (Latin)" or "Greek".</param>
public sealed record FictionalName(string GivenNames, string FamilyName, string Tradition)
{
    /// <summary>The name as a <see cref="PersonName"/> with no aliases or other spellings.</summary>
    public PersonName ToPersonName() => new() { GivenNames = GivenNames, FamilyName = FamilyName };
}
