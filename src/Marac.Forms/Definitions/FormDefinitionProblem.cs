using System.Globalization;

namespace Marac.Forms.Definitions;

/// <summary>One thing wrong with a form definition or overlay file.</summary>
/// <param name="Source">The file (or the name the caller gave the stream).</param>
/// <param name="Line">The 1-based line of the offending text.</param>
/// <param name="Column">The 1-based column of the offending text.</param>
/// <param name="Path">Where the offending value sits inside the file, for example <c>sections[2].items[0].bind</c>; empty for the file as a whole.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record FormDefinitionProblem(string Source, int Line, int Column, string Path, string Message)
{
    /// <summary>The problem on one line, as <c>file(line,column): path: message</c>.</summary>
    public override string ToString()
    {
        var location = string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", Source, Line, Column);
        return Path.Length == 0 ? location + ": " + Message : location + ": " + Path + ": " + Message;
    }
}
