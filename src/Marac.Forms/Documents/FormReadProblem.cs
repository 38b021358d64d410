namespace Marac.Forms.Documents;

/// <summary>One problem found while reading a filled-in form back into a record.</summary>
/// <param name="Path">The binding path of the input, for example <c>children[1].dateOfBirth.date</c>; empty for the document as a whole.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record FormReadProblem(string Path, string Message)
{
    /// <summary>The path and message on one line.</summary>
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;
}
