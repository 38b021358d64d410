using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <summary>Generators for free text.</summary>
public static class TextGenerators
{
    private static readonly Gen<int> Seed = Gen.Choose(0, int.MaxValue);

    /// <summary>
    /// Readable text: words in many scripts separated by single spaces, with punctuation and line breaks
    /// ("\n" only). Never empty, never starts or ends with white space, and contains no control characters
    /// other than "\n", so it survives XML and Word unchanged. About one value in 150 is long
    /// (1,000 to 8,000 characters).
    /// </summary>
    public static Gen<string> Readable { get; } = Seed.Select(seed => RandomText.Readable(new Random(seed)));

    /// <summary>
    /// Any valid Unicode text, including the empty string, white space only, control characters, quotes and
    /// backslashes, characters outside the Basic Multilingual Plane, combining marks and bidirectional controls.
    /// Never contains an unpaired surrogate. Meant for JSON tests; XML cannot hold some of these characters.
    /// </summary>
    public static Gen<string> AnyUnicode { get; } = Seed.Select(seed => RandomText.AnyUnicode(new Random(seed)));

    /// <summary>One word from a pool of words in many scripts.</summary>
    public static Gen<string> Word { get; } = Gen.Elements(RandomText.Words);

    /// <summary>A sentence of between <paramref name="minWords"/> and <paramref name="maxWords"/> words ending in a full stop.</summary>
    public static Gen<string> Sentence(int minWords, int maxWords) =>
        Seed.Select(seed => RandomText.Sentence(new Random(seed), minWords, maxWords));

    /// <summary>Readable text of at least <paramref name="minLength"/> and about <paramref name="maxLength"/> characters at most.</summary>
    public static Gen<string> LongText(int minLength, int maxLength) =>
        from length in Gen.Choose(minLength, maxLength)
        from seed in Seed
        select RandomText.Long(new Random(seed), length);
}
