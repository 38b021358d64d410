namespace Marac.Forms.Json;

/// <summary>
/// A problem found while reading, with its path and byte offset. Raised inside the reader and turned into a
/// <see cref="MaracFormatException"/> at the public entry point, where the source name and line numbers are known.
/// </summary>
internal sealed class FormatProblem : Exception
{
    internal FormatProblem(string path, long? offset, string reason, Exception? cause = null)
        : base(reason, cause)
    {
        Path = path;
        Offset = offset;
        Reason = reason;
    }

    internal string Path { get; }

    /// <summary>The byte offset in the UTF-8 input, or null when the input has no text positions.</summary>
    internal long? Offset { get; }

    internal string Reason { get; }
}
