using System.Text;
using System.Text.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>Makes damaged copies of a JSON file: flipped bits, deleted and inserted bytes, truncation, swapped and replaced tokens.</summary>
internal sealed class JsonMutator
{
    private static readonly byte[][] Insertions =
        new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "0", "-", "1e999", ".", " ", "\n", "null", "true", "[]", "{}", "\"x\":1,", "//", "\u00e9", "\U0001F600" }
            .Select(Encoding.UTF8.GetBytes)
            .Concat(new[] { new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0 } })
            .ToArray();

    private readonly byte[] original;
    private readonly (int Start, int Length)[] tokens;

    internal JsonMutator(byte[] original)
    {
        this.original = original;
        tokens = Tokens(original);
    }

    /// <summary>The kinds of damage, for reporting.</summary>
    internal static IReadOnlyList<string> Kinds { get; } = new[] { "bit flip", "byte replaced", "bytes deleted", "bytes inserted", "truncated", "tokens swapped", "token replaced", "token duplicated" };

    /// <summary>A copy with one to three kinds of damage, chosen by <paramref name="random"/>.</summary>
    internal byte[] Mutate(Random random, out string description)
    {
        var bytes = new List<byte>(original);
        var count = random.Next(1, 4);
        var applied = new List<string>();
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            var kind = random.Next(Kinds.Count);
            applied.Add(Kinds[kind]);
            Apply(kind, bytes, random);
        }

        description = string.Join(", ", applied);
        return bytes.ToArray();
    }

    private void Apply(int kind, List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        switch (kind)
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes[at] = (byte)random.Next(256);
                break;
            case 2:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 9), bytes.Count - at));
                break;
            case 3:
                bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                break;
            case 4:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                MutateTokens(kind, bytes, random);
                break;
        }
    }

    /// <summary>Token damage uses the original token positions, so it only applies while the length is unchanged.</summary>
    private void MutateTokens(int kind, List<byte> bytes, Random random)
    {
        if (bytes.Count != original.Length || tokens.Length < 2)
        {
            bytes.RemoveAt(random.Next(bytes.Count));
            return;
        }

        var a = tokens[random.Next(tokens.Length)];
        var b = tokens[random.Next(tokens.Length)];
        var textA = bytes.GetRange(a.Start, a.Length);
        var textB = bytes.GetRange(b.Start, b.Length);
        switch (kind)
        {
            case 5 when a.Start != b.Start:
                var (first, second, firstText, secondText) = a.Start < b.Start ? (a, b, textA, textB) : (b, a, textB, textA);
                if (first.Start + first.Length > second.Start)
                {
                    return;
                }

                bytes.RemoveRange(second.Start, second.Length);
                bytes.InsertRange(second.Start, firstText);
                bytes.RemoveRange(first.Start, first.Length);
                bytes.InsertRange(first.Start, secondText);
                break;
            case 6:
                bytes.RemoveRange(a.Start, a.Length);
                bytes.InsertRange(a.Start, textB);
                break;
            default:
                bytes.InsertRange(a.Start, textA);
                break;
        }
    }

    private static (int Start, int Length)[] Tokens(byte[] json)
    {
        var found = new List<(int, int)>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            found.Add((start, (int)reader.BytesConsumed - start));
        }

        return found.ToArray();
    }
}
