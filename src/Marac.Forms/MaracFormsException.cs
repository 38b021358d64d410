namespace Marac.Forms;

/// <summary>
/// The base of every exception Marac.Forms throws for a problem with its input: catch this one type to handle
/// them all. The message never repeats personal data; it names where the problem is and what is wrong.
/// </summary>
public abstract class MaracFormsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and where.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    protected MaracFormsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
