using System.Globalization;

namespace Marac.Forms.Documents;

/// <summary>
/// The one rule for characters a form cannot hold: control characters other than tab, line feed and carriage
/// return (C0, DEL and C1), the non-characters U+FFFE and U+FFFF, and a surrogate without its pair. None has a
/// printed form, XML 1.0 (and so a Word file) cannot carry most of them, and dropping or replacing one would
/// change the value without a word. Validation reports them; rendering refuses them with the same message.
/// </summary>
public static class UnprintableCharacters
{
    /// <summary>The index of the first such character in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfFirst(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\u0020')
            {
                if (c is not ('\t' or '\n' or '\r'))
                {
                    return i;
                }
            }
            else if (c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF')
            {
                return i;
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    return i;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What is wrong with the character at <paramref name="index"/>, for a message that follows the field path.</summary>
    public static string Describe(string text, int index)
    {
        char c = text[index];
        string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        string what = c switch
        {
            '\0' => "a null character",
            '\b' => "a backspace",
            '\v' => "a vertical tab",
            '\f' => "a form feed",
            '\u001B' => "an escape character",
            '\u007F' => "a delete character",
            '\u0085' => "a next-line control",
            '\uFFFE' or '\uFFFF' => "a non-character",
            _ when char.IsSurrogate(c) => "half of a surrogate pair without its other half",
            _ => "a control character",
        };
        return string.Format(
            CultureInfo.InvariantCulture,
            "contains {0} ({1}) at character {2:N0}, which has no printed form and cannot be stored in a Word file; remove it or replace it with the intended text.",
            code,
            what,
            index + 1);
    }
}
