using System.Globalization;
using System.Text;

namespace Marac.Forms.Json;

/// <summary>One problem found while reading a Marac.Forms file: where it is and what was expected there.</summary>
/// <param name="Path">
/// Where the problem is, written like <c>victim.dateOfBirth.date</c> or <c>children[1].school</c>: relative to the form,
/// as validation paths are. Problems in the file's envelope name its members (<c>formType</c>, <c>formVersion</c>,
/// <c>lawfulBasis.reasons</c>, <c>form</c>); a problem with the file as a whole has an empty path.
/// </param>
/// <param name="Line">The 1-based line of the problem, or null when the input was not text (a JSON node).</param>
/// <param name="Column">The 1-based column of the problem, counted in characters, or null when the input was not text.</param>
/// <param name="Reason">What was expected at <paramref name="Path"/>, in plain English, without the location.</param>
public sealed record MaracFormatProblem(string Path, int? Line, int? Column, string Reason)
{
    /// <summary>The location and reason on one line, for example <c>line 25, column 55, at children[1].dateOfBirth.date: expected a real date</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Line is { } line)
        {
            text.Append("line ").Append(line.ToString(CultureInfo.InvariantCulture));
            if (Column is { } column)
            {
                text.Append(", column ").Append(column.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(", ");
        }

        text.Append(string.IsNullOrEmpty(Path) ? "at the top level" : "at " + Path).Append(": ").Append(Reason);
        return text.ToString();
    }
}
