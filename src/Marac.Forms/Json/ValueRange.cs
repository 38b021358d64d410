namespace Marac.Forms.Json;

/// <summary>Where one JSON value sits in the input: from its first byte up to, not including, <see cref="End"/>.</summary>
internal readonly struct ValueRange
{
    internal ValueRange(long start, long end)
    {
        Start = start;
        End = end;
    }

    internal long Start { get; }

    internal long End { get; }

    internal long Length => End - Start;
}
