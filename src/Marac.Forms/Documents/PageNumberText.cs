namespace Marac.Forms.Documents;

/// <summary>The fixed words of the "page n of m" footer: <c>Before</c> + n + <c>Between</c> + m.</summary>
/// <param name="Before">Text before the page number.</param>
/// <param name="Between">Text between the page number and the page count.</param>
public sealed record PageNumberText(string Before, string Between);
