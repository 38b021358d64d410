namespace Marac.Forms.Documents;

/// <summary>Identifies a form definition.</summary>
/// <param name="Id">The form's identifier, for example <c>marac-referral</c>.</param>
/// <param name="Name">The form's printed name, for example "MARAC referral".</param>
/// <param name="Version">The definition's version, for example <c>1.0</c>.</param>
/// <param name="Language">The document language as a BCP 47 tag, for example <c>en-GB</c>.</param>
public sealed record FormIdentity(string Id, string Name, string Version, string Language);
