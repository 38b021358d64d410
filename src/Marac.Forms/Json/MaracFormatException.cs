using System.Globalization;
using System.Text;

namespace Marac.Forms.Json;

/// <summary>
/// The one exception <see cref="MaracJson"/> throws for input it cannot read: malformed or truncated JSON, text
/// that is not UTF-8, a member the form does not have, a value of the wrong type, an enum name that is not one
/// of the options, a date that does not exist, null where a value is required, a missing or unsupported envelope
/// member, or a file for another form. It says where the problem is and what was expected there.
/// </summary>
/// <remarks>
/// The message never repeats the values of the form's members or of its lawful basis, which may be personal data;
/// it names the file, the line and column, the path and what the form expects, and may quote member names and the
/// file's <c>formType</c> and <c>formVersion</c>. Files that read cleanly may still be incomplete: call the form's
/// <c>Validate</c> method for that.
/// </remarks>
public sealed class MaracFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file name or other label of the input, if known.</param>
    /// <param name="path">Where the problem is (see <see cref="Path"/>).</param>
    /// <param name="line">The 1-based line, if the input is text.</param>
    /// <param name="column">The 1-based column, if the input is text.</param>
    /// <param name="reason">What was expected there, in plain English.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public MaracFormatException(string? sourceName, string path, int? line, int? column, string reason, Exception? innerException = null)
        : base(Describe(sourceName, path, line, column, reason), innerException)
    {
        SourceName = sourceName;
        Path = path ?? string.Empty;
        Line = line;
        Column = column;
        Reason = reason ?? string.Empty;
    }

    /// <summary>The file name or other label given when reading, or null.</summary>
    public string? SourceName { get; }

    /// <summary>
    /// Where the problem is, written like <c>victim.dateOfBirth.date</c> or <c>children[1].school</c>: relative to
    /// the form, as validation paths are. Problems in the file's envelope name its members (<c>formType</c>,
    /// <c>formVersion</c>, <c>lawfulBasis.reasons</c>, <c>form</c>); a problem with the file as a whole has an empty path.
    /// </summary>
    public string Path { get; }

    /// <summary>The 1-based line of the problem, or null when the input was not text (a JSON node).</summary>
    public int? Line { get; }

    /// <summary>The 1-based column of the problem, counted in characters, or null when the input was not text.</summary>
    public int? Column { get; }

    /// <summary>What was expected at <see cref="Path"/>, without the location.</summary>
    public string Reason { get; }

    private static string Describe(string? sourceName, string? path, int? line, int? column, string? reason)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(sourceName))
        {
            text.Append(sourceName).Append(": ");
        }

        if (line is { } l)
        {
            text.Append("line ").Append(l.ToString(CultureInfo.InvariantCulture));
            if (column is { } c)
            {
                text.Append(", column ").Append(c.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(", ");
        }

        text.Append(string.IsNullOrEmpty(path) ? "at the top level" : "at " + path).Append(": ").Append(reason);
        return text.ToString();
    }
}
