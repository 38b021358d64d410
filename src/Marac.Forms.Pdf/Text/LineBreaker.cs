using System.Globalization;

namespace Marac.Forms.Pdf.Text;

/// <summary>
/// Greedy line breaking by measured width. Breaks at spaces (the spaces are not drawn), after
/// hyphens and slashes inside words, and, for a word longer than the line, between user-perceived
/// characters so that a letter and its accents (or a shaped cluster, such as an Indic conjunct) are
/// never separated. Widths are the shaped advances. '\n' always starts a new line.
/// Every character of the input ends up on exactly one line, except the spaces a break consumes.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/>.</summary>
    public static List<TextLine> Break(PreparedText text, double maxWidth)
    {
        var lines = new List<TextLine>();
        string s = text.Text;
        int paragraphStart = 0;
        while (true)
        {
            int newline = s.IndexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? s.Length : newline;
            BreakParagraph(text, paragraphStart, paragraphEnd, maxWidth, lines);
            if (newline < 0)
            {
                return lines;
            }

            paragraphStart = newline + 1;
        }
    }

    private static void BreakParagraph(PreparedText text, int start, int end, double maxWidth, List<TextLine> lines)
    {
        string s = text.Text;
        float[] advance = text.Advance;
        if (start == end)
        {
            lines.Add(new TextLine(text, start, start, 0));
            return;
        }

        int lineStart = start;
        while (lineStart < end)
        {
            double width = 0;
            int breakContentEnd = -1;
            int breakNext = -1;
            int i = lineStart;
            bool overflowed = false;
            while (i < end)
            {
                if (s[i] == ' ')
                {
                    int spacesEnd = i;
                    double spacesWidth = 0;
                    while (spacesEnd < end && s[spacesEnd] == ' ')
                    {
                        spacesWidth += advance[spacesEnd];
                        spacesEnd++;
                    }

                    if (i > lineStart)
                    {
                        breakContentEnd = i;
                        breakNext = spacesEnd;
                    }

                    width += spacesWidth;
                    i = spacesEnd;
                    continue;
                }

                int cluster = ClusterLength(text, i, end);

                double clusterWidth = 0;
                for (int k = i; k < i + cluster; k++)
                {
                    clusterWidth += advance[k];
                }

                if (width + clusterWidth > maxWidth && i > lineStart)
                {
                    overflowed = true;
                    break;
                }

                width += clusterWidth;
                i += cluster;
                char last = s[i - 1];
                if ((last == '-' || last == '/' || last == '\u2010' || last == '\u2013') && i < end && s[i] != ' ')
                {
                    breakContentEnd = i;
                    breakNext = i;
                }
            }

            if (!overflowed)
            {
                int contentEnd = TrimTrailingSpaces(s, lineStart, end);
                lines.Add(new TextLine(text, lineStart, contentEnd, text.Width(lineStart, contentEnd)));
                return;
            }

            if (breakContentEnd > lineStart)
            {
                lines.Add(new TextLine(text, lineStart, breakContentEnd, text.Width(lineStart, breakContentEnd)));
                lineStart = breakNext;
            }
            else
            {
                lines.Add(new TextLine(text, lineStart, i, text.Width(lineStart, i)));
                lineStart = i;
            }
        }
    }

    /// <summary>The user-perceived character at <paramref name="i"/>, widened to the whole shaping cluster it starts (a conjunct, a base with its marks).</summary>
    private static int ClusterLength(PreparedText text, int i, int end)
    {
        string s = text.Text;
        int length;

        // Below U+0300 nothing combines, so the common case skips the Unicode segmentation tables.
        if (s[i] < '\u0300' && (i + 1 >= end || s[i + 1] < '\u0300'))
        {
            length = 1;
        }
        else
        {
            length = Math.Min(NextTextElementLength(s, i), end - i);
        }

        while (i + length < end && text.ContinuesCluster[i + length])
        {
            length++;
        }

        return length;
    }

    private static int TrimTrailingSpaces(string s, int start, int end)
    {
        while (end > start && s[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

#if NET5_0_OR_GREATER
    private static int NextTextElementLength(string s, int i) => StringInfo.GetNextTextElementLength(s, i);
#else
    private static int NextTextElementLength(string s, int i) => StringInfo.GetNextTextElement(s, i).Length;
#endif
}
