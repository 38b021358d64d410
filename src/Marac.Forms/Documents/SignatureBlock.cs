namespace Marac.Forms.Documents;

/// <summary>A signature area: a space to sign by hand, with the signatory's name, role and the date as inputs.</summary>
/// <param name="Label">The printed label, for example "Signed by the caseworker".</param>
/// <param name="Name">The signatory's name input.</param>
/// <param name="Role">The signatory's role input, or null when the form does not ask.</param>
/// <param name="Date">The date input.</param>
public sealed record SignatureBlock(string Label, FieldBlock Name, FieldBlock? Role, FieldBlock Date) : DocumentBlock;
