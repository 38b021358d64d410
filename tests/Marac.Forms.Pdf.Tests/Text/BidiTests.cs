using System.Globalization;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.Pdf.Text.Bidi;

namespace Marac.Forms.Pdf.Tests.Text;

/// <summary>The bidirectional algorithm against Unicode's own conformance data.</summary>
public sealed class BidiTests
{
    [UnicodeDataFact]
    public void Every_line_of_BidiCharacterTest_gives_the_paragraph_level_the_levels_and_the_visual_order()
    {
        var failures = new List<string>();
        int lines = 0;
        foreach (string line in File.ReadLines(Path.Combine(UnicodeDataFactAttribute.Folder, "BidiCharacterTest.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            lines++;
            string[] fields = line.Split(';');
            int[] codePoints = fields[0].Split(' ').Select(c => int.Parse(c, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            int direction = int.Parse(fields[1], CultureInfo.InvariantCulture);
            string text = string.Concat(codePoints.Select(char.ConvertFromUtf32));
            var levels = new byte[text.Length];
            int paragraph = BidiResolver.Resolve(text, 0, text.Length, direction == 2 ? -1 : direction, levels);
            BidiResolver.ResetWhitespace(text, 0, 0, text.Length, paragraph, levels);

            // Map UTF-16 units back to code points.
            var unitOf = new List<int>();
            for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                unitOf.Add(i);
            }

            string[] expected = fields[3].Split(' ');
            var kept = new List<int>();
            bool ok = paragraph == int.Parse(fields[2], CultureInfo.InvariantCulture);
            for (int k = 0; k < codePoints.Length && ok; k++)
            {
                if (expected[k] == "x")
                {
                    continue;
                }

                kept.Add(k);
                ok = levels[unitOf[k]] == int.Parse(expected[k], CultureInfo.InvariantCulture);
            }

            if (ok)
            {
                int[] order = BidiResolver.VisualOrder(kept.Select(k => levels[unitOf[k]]).ToArray());
                ok = string.Join(" ", order.Select(o => kept[o])) == fields[4].Trim();
            }

            if (!ok && failures.Count < 10)
            {
                failures.Add(line);
            }
        }

        Assert.True(lines > 90_000, "Read only " + lines + " test lines.");
        Assert.True(failures.Count == 0, "Failed: " + string.Join("\n", failures));
    }

    [UnicodeDataFact]
    public void The_bidirectional_types_are_those_of_UnicodeData_txt()
    {
        int? rangeStart = null;
        foreach (string line in File.ReadLines(Path.Combine(UnicodeDataFactAttribute.Folder, "UnicodeData.txt")))
        {
            string[] fields = line.Split(';');
            int code = int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (fields[1].EndsWith(", First>", StringComparison.Ordinal))
            {
                rangeStart = code;
                continue;
            }

            var expected = Enum.Parse<BidiClass>(fields[4]);
            for (int c = rangeStart ?? code; c <= code; c++)
            {
                Assert.True(BidiClasses.Of(c) == expected, $"U+{c:X4} is {BidiClasses.Of(c)}, UnicodeData.txt says {expected}");
            }

            rangeStart = null;
        }
    }
}
