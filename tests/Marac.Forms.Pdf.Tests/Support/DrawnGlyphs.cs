using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>
/// The glyph ids a PDF's content streams draw, read back without the renderer's code: qpdf
/// rewrites the file uncompressed (QDF), and this reads each page's text operators: the font
/// chosen with Tf (by its embedded font's name) and the two-byte codes of each TJ array, which
/// under Identity-H with CIDToGIDMap /Identity are the font's glyph ids.
/// </summary>
internal sealed partial class DrawnGlyphs
{
    private DrawnGlyphs(List<(string Font, List<int> Glyphs)> runs) => Runs = runs;

    /// <summary>Every TJ array in content order: the embedded font's name without its subset tag, and the glyph ids.</summary>
    public List<(string Font, List<int> Glyphs)> Runs { get; }

    public static DrawnGlyphs Read(string pdfPath)
    {
        string qdf = Path.Combine(Path.GetTempPath(), "marac-pdf-tests", Guid.NewGuid().ToString("N") + ".qdf.pdf");
        ToolResult result = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", pdfPath, qdf);
        Assert.True(result.ExitCode == 0, result.Error);
        string text = Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        File.Delete(qdf);

        var objects = new Dictionary<int, string>();
        foreach (Match match in ObjectPattern().Matches(text))
        {
            objects[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] = match.Groups[2].Value;
        }

        var fontNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var runs = new List<(string, List<int>)>();
        foreach (string page in objects.Values.Where(o => o.Contains("/Type /Page\n", StringComparison.Ordinal)))
        {
            string resources = objects[Reference(page, "/Resources")];
            string fontDictionary = resources[resources.IndexOf("/Font", StringComparison.Ordinal)..];
            foreach (Match entry in FontEntryPattern().Matches(fontDictionary[..(fontDictionary.IndexOf(">>", StringComparison.Ordinal) + 2)]))
            {
                string font = objects[int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture)];
                string baseFont = BaseFontPattern().Match(font).Groups[1].Value;
                fontNames[entry.Groups[1].Value] = baseFont[(baseFont.IndexOf('+', StringComparison.Ordinal) + 1)..];
            }

            string content = objects[Reference(page, "/Contents")];
            string stream = content[(content.IndexOf("stream\n", StringComparison.Ordinal) + 7)..content.LastIndexOf("endstream", StringComparison.Ordinal)];
            string current = string.Empty;
            foreach (Match op in OperatorPattern().Matches(stream))
            {
                if (op.Groups["font"].Success)
                {
                    current = fontNames[op.Groups["font"].Value];
                    continue;
                }

                var glyphs = new List<int>();
                byte[] codes = StringBytes(op.Groups["array"].Value);
                for (int i = 0; i + 1 < codes.Length; i += 2)
                {
                    glyphs.Add((codes[i] << 8) | codes[i + 1]);
                }

                runs.Add((current, glyphs));
            }
        }

        return new DrawnGlyphs(runs);
    }

    /// <summary>Every glyph drawn with a font, in content order, one list per font.</summary>
    public List<int> GlyphsOf(string font) => Runs.Where(r => r.Font == font).SelectMany(r => r.Glyphs).ToList();

    /// <summary>True when <paramref name="expected"/> is drawn as one unbroken sequence with the font.</summary>
    public bool Draws(string font, IReadOnlyList<int> expected)
    {
        List<int> drawn = GlyphsOf(font);
        for (int start = 0; start + expected.Count <= drawn.Count; start++)
        {
            int k = 0;
            while (k < expected.Count && drawn[start + k] == expected[k])
            {
                k++;
            }

            if (k == expected.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bytes of every string in a TJ array, hex (&lt;...&gt;) or literal ((...), as qpdf writes printable ones), in order.</summary>
    private static byte[] StringBytes(string array)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] == '<')
            {
                int end = array.IndexOf('>', i);
                string hex = array[(i + 1)..end];
                for (int k = 0; k + 2 <= hex.Length; k += 2)
                {
                    bytes.Add(byte.Parse(hex.AsSpan(k, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }

                i = end;
            }
            else if (array[i] == '(')
            {
                int depth = 1;
                for (i++; depth > 0; i++)
                {
                    char c = array[i];
                    if (c == '\\')
                    {
                        char e = array[++i];
                        if (e is >= '0' and <= '7')
                        {
                            int value = 0;
                            int digits = 0;
                            while (digits < 3 && array[i] is >= '0' and <= '7')
                            {
                                value = (value * 8) + (array[i] - '0');
                                i++;
                                digits++;
                            }

                            i--;
                            bytes.Add((byte)value);
                        }
                        else
                        {
                            bytes.Add((byte)(e switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => e }));
                        }
                    }
                    else if (c == '(')
                    {
                        depth++;
                        bytes.Add((byte)c);
                    }
                    else if (c == ')')
                    {
                        if (--depth > 0)
                        {
                            bytes.Add((byte)c);
                        }
                    }
                    else
                    {
                        bytes.Add((byte)c);
                    }
                }

                i--;
            }
        }

        return bytes.ToArray();
    }

    private static int Reference(string dictionary, string key)
    {
        Match match = Regex.Match(dictionary, Regex.Escape(key) + @" (\d+) 0 R");
        Assert.True(match.Success, key + " not found in " + dictionary);
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?m)^(\d+) 0 obj\n(.*?)\nendobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"/(\w+) (\d+) 0 R")]
    private static partial Regex FontEntryPattern();

    [GeneratedRegex(@"/BaseFont /(\S+)")]
    private static partial Regex BaseFontPattern();

    [GeneratedRegex(@"/(?<font>\w+) [\d.]+ Tf|\[(?<array>(?:\((?:\\.|[^\\)])*\)|[^\]])*)\] TJ")]
    private static partial Regex OperatorPattern();

}
