using System.Text;

namespace Marac.Forms.Json;

/// <summary>
/// The one exception <see cref="MaracJson"/> throws for input it cannot read: malformed or truncated JSON, text
/// that is not UTF-8, a member the form does not have, a value of the wrong type, an enum name that is not one
/// of the options, a date that does not exist, null where a value is required, a missing or unsupported envelope
/// member, or a file for another form. <see cref="Problems"/> lists every problem found, each saying where it is
/// and what was expected there.
/// </summary>
/// <remarks>
/// <para>
/// Reading reports every problem it can in one go: every member and value at fault in the envelope, the lawful basis
/// and the form, in the order they appear. A syntax error (broken JSON, text that is not UTF-8) ends the reading, so it
/// is reported alone. At most 100 problems are reported for one input.
/// </para>
/// <para>
/// The message never repeats the values of the form's members or of its lawful basis, which may be personal data;
/// it names the file, the line and column, the path and what the form expects, and may quote member names and the
/// file's <c>formType</c> and <c>formVersion</c>. Files that read cleanly may still be incomplete: call the form's
/// <c>Validate</c> method for that.
/// </para>
/// </remarks>
public sealed class MaracFormatException : MaracFormsException
{
    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="sourceName">The file name or other label of the input, if known.</param>
    /// <param name="path">Where the problem is (see <see cref="MaracFormatProblem.Path"/>).</param>
    /// <param name="line">The 1-based line, if the input is text.</param>
    /// <param name="column">The 1-based column, if the input is text.</param>
    /// <param name="reason">What was expected there, in plain English.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public MaracFormatException(string? sourceName, string path, int? line, int? column, string reason, Exception? innerException = null)
        : this(sourceName, new[] { new MaracFormatProblem(path ?? string.Empty, line, column, reason ?? string.Empty) }, innerException)
    {
    }

    /// <summary>Creates the exception for every problem found in one input.</summary>
    /// <param name="sourceName">The file name or other label of the input, if known.</param>
    /// <param name="problems">The problems, in the order they appear in the input (at least one).</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is null or empty.</exception>
    public MaracFormatException(string? sourceName, IReadOnlyList<MaracFormatProblem> problems, Exception? innerException = null)
        : base(Describe(sourceName, problems), innerException)
    {
        SourceName = sourceName;
        Problems = problems.ToArray();
    }

    /// <summary>The file name or other label given when reading, or null.</summary>
    public string? SourceName { get; }

    /// <summary>Every problem found, in the order they appear in the input; never empty.</summary>
    public IReadOnlyList<MaracFormatProblem> Problems { get; }

    /// <summary>Where the first problem is; see <see cref="MaracFormatProblem.Path"/>.</summary>
    public string Path => Problems[0].Path;

    /// <summary>The 1-based line of the first problem, or null when the input was not text (a JSON node).</summary>
    public int? Line => Problems[0].Line;

    /// <summary>The 1-based column of the first problem, counted in characters, or null when the input was not text.</summary>
    public int? Column => Problems[0].Column;

    /// <summary>What was expected at <see cref="Path"/>, without the location.</summary>
    public string Reason => Problems[0].Reason;

    /// <summary>One line per problem, each starting with the source name when there is one.</summary>
    private static string Describe(string? sourceName, IReadOnlyList<MaracFormatProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        var prefix = string.IsNullOrEmpty(sourceName) ? string.Empty : sourceName + ": ";
        var text = new StringBuilder();
        foreach (var problem in problems)
        {
            if (text.Length > 0)
            {
                text.Append(Environment.NewLine);
            }

            text.Append(prefix).Append(problem);
        }

        return text.ToString();
    }
}
