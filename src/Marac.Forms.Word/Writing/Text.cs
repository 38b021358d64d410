using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Guards what goes into the XML: a character XML 1.0 cannot carry is refused, never replaced. Documents built by
/// <see cref="FormDocumentBuilder"/> never hold one (it refuses them, naming the field); this catches a
/// <see cref="FormDocument"/> built by hand.
/// </summary>
internal static class Text
{
    internal static string Checked(string text)
    {
        int at = UnprintableCharacters.IndexOfFirst(text);
        if (at >= 0)
        {
            throw new UnprintableTextException(new[] { new ValidationProblem("a text of the document", UnprintableCharacters.Describe(text, at)) });
        }

        return text;
    }
}
