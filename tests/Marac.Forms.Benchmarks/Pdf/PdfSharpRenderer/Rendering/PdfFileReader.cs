using System.Globalization;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>
/// Splits an uncompressed, unencrypted PDF with a classic cross-reference table, as PDFsharp
/// writes it, into objects. Not a general PDF parser: anything unexpected is an error.
/// </summary>
internal static class PdfFileReader
{
    public static PdfFile Read(ArraySegment<byte> file)
    {
        byte[] pdf = file.Array!;
        Require(file.Offset == 0, "the file does not start at the beginning of its buffer");
        var text = new Latin1Text(pdf, file.Count);
        int startxref = text.LastIndexOf("startxref", 0, text.Length);
        Require(startxref > 0, "no startxref");
        int xref = int.Parse(ReadToken(text, startxref + "startxref".Length, out _), NumberStyles.None, CultureInfo.InvariantCulture);
        Require(text.HasAt(xref, "xref"), "startxref does not point at a cross-reference table");

        var entries = new List<(int Number, int Offset)>();
        int size = 0;
        int position = xref + 4;
        while (true)
        {
            string token = ReadToken(text, position, out position);
            if (token == "trailer")
            {
                break;
            }

            int first = int.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture);
            int count = int.Parse(ReadToken(text, position, out position), NumberStyles.None, CultureInfo.InvariantCulture);
            for (int i = 0; i < count; i++)
            {
                int offset = int.Parse(ReadToken(text, position, out position), NumberStyles.None, CultureInfo.InvariantCulture);
                ReadToken(text, position, out position);
                string kind = ReadToken(text, position, out position);
                if (kind == "n")
                {
                    entries.Add((first + i, offset));
                }
            }

            size = Math.Max(size, first + count);
        }

        int trailerStart = text.IndexOf("<<", position);
        Require(trailerStart > 0, "no trailer dictionary");
        string trailer = text[trailerStart..DictionaryEnd(text, trailerStart)];

        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new List<PdfObjectSpan>(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            int end = i + 1 < entries.Count ? entries[i + 1].Offset : xref;
            objects.Add(ReadObject(pdf, text, entries[i].Number, entries[i].Offset, end));
        }

        Require(entries.Count > 0, "no objects");
        return new PdfFile(pdf[..entries[0].Offset], objects, size, trailer);
    }

    private static PdfObjectSpan ReadObject(byte[] pdf, Latin1Text text, int number, int start, int end)
    {
        string numberText = ReadToken(text, start, out int position);
        Require(numberText == number.ToString(CultureInfo.InvariantCulture), $"object {number} is not where the cross-reference table says");
        int generation = int.Parse(ReadToken(text, position, out position), NumberStyles.None, CultureInfo.InvariantCulture);
        Require(ReadToken(text, position, out position) == "obj", $"object {number} has no 'obj' keyword");
        int valueStart = SkipWhitespace(text, position);
        if (!text.HasAt(valueStart, "<<"))
        {
            int endobj = text.LastIndexOf("endobj", start, end);
            Require(endobj > valueStart, $"object {number} has no 'endobj'");
            return new PdfObjectSpan(number, generation, text[start..endobj].TrimEnd(), null, -1, -1, -1, false, false, []);
        }

        int dictionaryEnd = DictionaryEnd(text, valueStart);
        var keys = TopLevelKeys(text, valueStart, dictionaryEnd);
        int afterDictionary = SkipWhitespace(text, dictionaryEnd);
        string head = text[start..dictionaryEnd];
        if (!text.HasAt(afterDictionary, "stream"))
        {
            int endobj = text.LastIndexOf("endobj", start, end);
            Require(endobj >= dictionaryEnd, $"object {number} has no 'endobj'");
            return new PdfObjectSpan(number, generation, text[start..endobj].TrimEnd(), null, -1, -1, -1, false, false, Relative(keys.SubsetTags, start));
        }

        int dataStart = afterDictionary + 6;
        if (text[dataStart] == '\r')
        {
            dataStart++;
        }

        Require(text[dataStart] == '\n', $"object {number}'s stream keyword is not followed by a line end");
        dataStart++;
        Require(keys.LengthStart > 0, $"object {number}'s stream has no direct /Length");
        int length = int.Parse(text[keys.LengthStart..keys.LengthEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        int dataEnd = dataStart + length;
        int endstream = SkipWhitespace(text, dataEnd);
        Require(text.HasAt(endstream, "endstream"), $"object {number}'s /Length does not end at 'endstream'");
        return new PdfObjectSpan(
            number,
            generation,
            head,
            pdf.AsMemory(dataStart, length),
            keys.LengthStart - start,
            keys.LengthEnd - start,
            valueStart + 2 - start,
            keys.HasFilter,
            keys.IsMetadata,
            Relative(keys.SubsetTags, start));
    }

    private static int[] Relative(List<int> offsets, int start) => offsets.Select(o => o - start).ToArray();

    private static (int LengthStart, int LengthEnd, bool HasFilter, bool IsMetadata, List<int> SubsetTags) TopLevelKeys(Latin1Text text, int start, int end)
    {
        var subsetTags = new List<int>();
        int lengthStart = -1;
        int lengthEnd = -1;
        bool hasFilter = false;
        bool isMetadata = false;
        int i = start + 2;
        while (true)
        {
            i = SkipWhitespace(text, i);
            if (i >= end - 2)
            {
                return (lengthStart, lengthEnd, hasFilter, isMetadata, subsetTags);
            }

            Require(text[i] == '/', "a dictionary key is not a name");
            string key = ReadToken(text, i + 1, out int keyEnd);
            int valueStart = SkipWhitespace(text, keyEnd);
            int valueEnd = ValueEnd(text, valueStart);
            string value = text[valueStart..valueEnd];
            switch (key)
            {
                case "Length":
                    if (value.All(char.IsAsciiDigit))
                    {
                        lengthStart = valueStart;
                        lengthEnd = valueEnd;
                    }

                    break;
                case "Filter":
                    hasFilter = true;
                    break;
                case "Type":
                    isMetadata |= value == "/Metadata";
                    break;
                case "BaseFont" or "FontName" when IsSubsetName(value):
                    subsetTags.Add(valueStart + 1);
                    break;
            }

            i = valueEnd;
        }
    }

    /// <summary>The end of the PDF value starting at <paramref name="start"/>; an indirect reference "n g R" counts as one value.</summary>
    private static int ValueEnd(Latin1Text text, int start)
    {
        char c = text[start];
        if (c == '<' && text[start + 1] == '<')
        {
            return DictionaryEnd(text, start);
        }

        if (c == '<')
        {
            return text.IndexOf('>', start) + 1;
        }

        if (c == '(')
        {
            return StringEnd(text, start);
        }

        if (c == '[')
        {
            int i = start + 1;
            while (true)
            {
                i = SkipWhitespace(text, i);
                if (text[i] == ']')
                {
                    return i + 1;
                }

                i = ValueEnd(text, i);
            }
        }

        if (c == '/')
        {
            ReadToken(text, start + 1, out int nameEnd);
            return nameEnd;
        }

        string token = ReadToken(text, start, out int end);
        Require(token.Length > 0, "an empty value");
        if (token.All(char.IsAsciiDigit))
        {
            string generation = ReadToken(text, end, out int generationEnd);
            if (generation.Length > 0 && generation.All(char.IsAsciiDigit) && ReadToken(text, generationEnd, out int referenceEnd) == "R")
            {
                return referenceEnd;
            }
        }

        return end;
    }

    private static bool IsSubsetName(string value) =>
        value.Length > 8 && value[0] == '/' && value[7] == '+' && value.AsSpan(1, 6).IndexOfAnyExceptInRange('A', 'Z') < 0;

    private static int DictionaryEnd(Latin1Text text, int start)
    {
        int depth = 0;
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '<' && text[i + 1] == '<')
            {
                depth++;
                i += 2;
            }
            else if (c == '>' && text[i + 1] == '>')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else if (c == '(')
            {
                i = StringEnd(text, i);
            }
            else if (c == '<')
            {
                i = text.IndexOf('>', i) + 1;
            }
            else
            {
                i++;
            }
        }

        throw new InvalidOperationException("The PDF written by PDFsharp has an unterminated dictionary; Marac.Forms.Pdf cannot finish it.");
    }

    private static int StringEnd(Latin1Text text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        throw new InvalidOperationException("The PDF written by PDFsharp has an unterminated string; Marac.Forms.Pdf cannot finish it.");
    }

    private static string ReadToken(Latin1Text text, int start, out int end)
    {
        int i = SkipWhitespace(text, start);
        int j = i;
        while (j < text.Length && !IsDelimiterOrWhitespace(text[j]))
        {
            j++;
        }

        end = j;
        return text[i..j];
    }

    private static int SkipWhitespace(Latin1Text text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\n' or '\r' or '\t' or '\f' or '\0')
        {
            i++;
        }

        return i;
    }

    private static bool IsDelimiterOrWhitespace(char c) =>
        c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0' or '/' or '<' or '>' or '[' or ']' or '(' or ')' or '{' or '}' or '%';

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The PDF written by PDFsharp has an unexpected layout (" + problem + "); Marac.Forms.Pdf cannot finish it.");
        }
    }
}
