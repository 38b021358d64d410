namespace Marac.Forms.Pdf.Text.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9, revision for Unicode 15) for one paragraph:
/// paragraph level (P2, P3), explicit levels and directions (X1-X8), removal of embedding controls
/// and boundary neutrals (X9), isolating run sequences (X10), weak types (W1-W7), paired brackets
/// (N0), neutrals (N1, N2) and implicit levels (I1, I2); then, per line, the reset of trailing
/// whitespace (L1) and the visual order (L2). Works on UTF-16 text: the second half of a surrogate
/// pair takes the level of the first.
/// </summary>
internal static class BidiResolver
{
    private const int MaxDepth = 125;

    /// <summary>True when the text has nothing that could be laid out right to left (so every level is 0 in a left-to-right paragraph).</summary>
    public static bool IsPlainLeftToRight(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c < 0x0590)
            {
                continue;
            }

            int codePoint = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (BidiClasses.CanBeRightToLeft(BidiClasses.Of(codePoint)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Resolves the embedding level of every UTF-16 unit of one paragraph (text[start..end), no
    /// paragraph separator inside). <paramref name="paragraphLevel"/> is 0, 1, or -1 to take it
    /// from the first strong character (P2, P3; 0 when there is none).
    /// </summary>
    /// <returns>The paragraph embedding level.</returns>
    public static int Resolve(string text, int start, int end, int paragraphLevel, Span<byte> levels)
    {
        int n = end - start;
        var types = new BidiClass[n];
        var codePoints = new int[n];
        for (int i = 0; i < n; i++)
        {
            char c = text[start + i];
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[start + i + 1]))
            {
                codePoints[i] = char.ConvertToUtf32(c, text[start + i + 1]);
                types[i] = BidiClasses.Of(codePoints[i]);
                codePoints[i + 1] = -1;
                types[i + 1] = BidiClass.BN;
                i++;
                continue;
            }

            codePoints[i] = c;
            types[i] = BidiClasses.Of(c);
        }

        return Resolve(types, codePoints, paragraphLevel, levels);
    }

    /// <summary>The same on bidirectional types and code points (code points only matter for brackets).</summary>
    public static int Resolve(BidiClass[] types, int[] codePoints, int paragraphLevel, Span<byte> levels)
    {
        int n = types.Length;
        int[] matchingPdi = MatchIsolates(types);
        if (paragraphLevel < 0)
        {
            paragraphLevel = FirstStrong(types, 0, n, matchingPdi) == 1 ? 1 : 0;
        }

        var resolved = (BidiClass[])types.Clone();
        ApplyExplicit(types, resolved, matchingPdi, paragraphLevel, levels);
        var removed = new bool[n];
        for (int i = 0; i < n; i++)
        {
            removed[i] = IsRemovedByX9(types[i]);
        }

        // sos and eos come from the explicit levels, before any sequence's implicit levels change them.
        byte[] explicitLevels = levels.Slice(0, n).ToArray();
        foreach (int[] sequence in IsolatingRunSequences(types, removed, matchingPdi, levels))
        {
            ResolveSequence(sequence, types, resolved, codePoints, removed, paragraphLevel, explicitLevels, levels);
        }

        // Removed characters are not shown; give them their neighbour's level so runs stay whole.
        for (int i = 0; i < n; i++)
        {
            if (removed[i])
            {
                levels[i] = i > 0 ? levels[i - 1] : (byte)paragraphLevel;
            }
        }

        return paragraphLevel;
    }

    /// <summary>True for the types X9 removes: embedding and override controls, PDF and boundary neutrals.</summary>
    public static bool IsRemovedByX9(BidiClass type) =>
        type is BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO or BidiClass.PDF or BidiClass.BN;

    /// <summary>L1 for one line (text[start..end) of a paragraph): separators and trailing whitespace go back to the paragraph level.</summary>
    public static void ResetWhitespace(string text, int paragraphStart, int lineStart, int lineEnd, int paragraphLevel, Span<byte> levels)
    {
        bool trailing = true;
        for (int i = lineEnd - 1; i >= lineStart; i--)
        {
            BidiClass type = char.IsLowSurrogate(text[i]) ? BidiClass.BN : BidiClasses.Of(text[i]);
            if (type is BidiClass.S or BidiClass.B)
            {
                levels[i - paragraphStart] = (byte)paragraphLevel;
                trailing = true;
            }
            else if (trailing && (type is BidiClass.WS or BidiClass.FSI or BidiClass.LRI or BidiClass.RLI or BidiClass.PDI || IsRemovedByX9(type)))
            {
                levels[i - paragraphStart] = (byte)paragraphLevel;
            }
            else
            {
                trailing = false;
            }
        }
    }

    /// <summary>L2: the visual order of a line's units, as indices into <paramref name="levels"/>.</summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        int n = levels.Length;
        var order = new int[n];
        byte highest = 0;
        byte lowestOdd = byte.MaxValue;
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            highest = Math.Max(highest, levels[i]);
            if ((levels[i] & 1) == 1)
            {
                lowestOdd = Math.Min(lowestOdd, levels[i]);
            }
        }

        for (int level = highest; level >= lowestOdd && level > 0; level--)
        {
            int i = 0;
            while (i < n)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                int j = i;
                while (j < n && levels[order[j]] >= level)
                {
                    j++;
                }

                Array.Reverse(order, i, j - i);
                i = j;
            }
        }

        return order;
    }

    private static int[] MatchIsolates(BidiClass[] types)
    {
        var matching = new int[types.Length];
        var open = new Stack<int>();
        for (int i = 0; i < types.Length; i++)
        {
            matching[i] = -1;
            if (types[i] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI)
            {
                open.Push(i);
            }
            else if (types[i] == BidiClass.PDI && open.Count > 0)
            {
                matching[open.Pop()] = i;
            }
        }

        return matching;
    }

    /// <summary>P2: 0 for L, 1 for R or AL, -1 when there is no strong character; isolates are skipped.</summary>
    private static int FirstStrong(BidiClass[] types, int start, int end, int[] matchingPdi)
    {
        for (int i = start; i < end; i++)
        {
            switch (types[i])
            {
                case BidiClass.L:
                    return 0;
                case BidiClass.R or BidiClass.AL:
                    return 1;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (matchingPdi[i] < 0)
                    {
                        return -1;
                    }

                    i = matchingPdi[i];
                    break;
            }
        }

        return -1;
    }

    private static void ApplyExplicit(BidiClass[] types, BidiClass[] resolved, int[] matchingPdi, int paragraphLevel, Span<byte> levels)
    {
        var stackLevel = new byte[MaxDepth + 2];
        var stackOverride = new BidiClass?[MaxDepth + 2];
        var stackIsolate = new bool[MaxDepth + 2];
        int top = 0;
        stackLevel[0] = (byte)paragraphLevel;
        int overflowIsolates = 0;
        int overflowEmbeddings = 0;
        int validIsolates = 0;

        for (int i = 0; i < types.Length; i++)
        {
            BidiClass type = types[i];
            switch (type)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    levels[i] = stackLevel[top];
                    bool rtl = type is BidiClass.RLE or BidiClass.RLO;
                    int next = NextLevel(stackLevel[top], rtl);
                    if (next <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        top++;
                        stackLevel[top] = (byte)next;
                        stackOverride[top] = type == BidiClass.RLO ? BidiClass.R : type == BidiClass.LRO ? BidiClass.L : null;
                        stackIsolate[top] = false;
                    }
                    else if (overflowIsolates == 0)
                    {
                        overflowEmbeddings++;
                    }

                    break;
                }

                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    levels[i] = stackLevel[top];
                    if (stackOverride[top] is { } forced)
                    {
                        resolved[i] = forced;
                    }

                    bool rtl = type == BidiClass.RLI
                        || (type == BidiClass.FSI && FirstStrong(types, i + 1, matchingPdi[i] < 0 ? types.Length : matchingPdi[i], matchingPdi) == 1);
                    int next = NextLevel(stackLevel[top], rtl);
                    if (next <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        top++;
                        stackLevel[top] = (byte)next;
                        stackOverride[top] = null;
                        stackIsolate[top] = true;
                    }
                    else
                    {
                        overflowIsolates++;
                    }

                    break;
                }

                case BidiClass.PDI:
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stackIsolate[top])
                        {
                            top--;
                        }

                        top--;
                        validIsolates--;
                    }

                    levels[i] = stackLevel[top];
                    if (stackOverride[top] is { } forcedPdi)
                    {
                        resolved[i] = forcedPdi;
                    }

                    break;

                case BidiClass.PDF:
                    if (overflowIsolates == 0)
                    {
                        if (overflowEmbeddings > 0)
                        {
                            overflowEmbeddings--;
                        }
                        else if (!stackIsolate[top] && top >= 1)
                        {
                            top--;
                        }
                    }

                    levels[i] = stackLevel[top];
                    break;

                case BidiClass.B:
                    levels[i] = (byte)paragraphLevel;
                    break;

                case BidiClass.BN:
                    levels[i] = stackLevel[top];
                    break;

                default:
                    levels[i] = stackLevel[top];
                    if (stackOverride[top] is { } forcedType)
                    {
                        resolved[i] = forcedType;
                    }

                    break;
            }
        }
    }

    private static int NextLevel(int level, bool rightToLeft) =>
        rightToLeft ? (level + 1) | 1 : (level + 2) & ~1;

    private static List<int[]> IsolatingRunSequences(BidiClass[] types, bool[] removed, int[] matchingPdi, Span<byte> levels)
    {
        var runs = new List<List<int>>();
        var runStartingAt = new Dictionary<int, int>();
        List<int>? current = null;
        int currentLevel = -1;
        for (int i = 0; i < types.Length; i++)
        {
            if (removed[i])
            {
                continue;
            }

            if (current is null || levels[i] != currentLevel)
            {
                current = [];
                runStartingAt[i] = runs.Count;
                runs.Add(current);
                currentLevel = levels[i];
            }

            current.Add(i);
        }

        var isMatchedPdi = new bool[types.Length];
        foreach (int pdi in matchingPdi)
        {
            if (pdi >= 0)
            {
                isMatchedPdi[pdi] = true;
            }
        }

        var sequences = new List<int[]>();
        foreach (List<int> run in runs)
        {
            int first = run[0];
            if (types[first] == BidiClass.PDI && isMatchedPdi[first])
            {
                continue;
            }

            var sequence = new List<int>();
            List<int> part = run;
            while (true)
            {
                sequence.AddRange(part);
                int last = part[part.Count - 1];
                if (types[last] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI
                    && matchingPdi[last] >= 0
                    && runStartingAt.TryGetValue(matchingPdi[last], out int nextRun))
                {
                    part = runs[nextRun];
                    continue;
                }

                break;
            }

            sequences.Add(sequence.ToArray());
        }

        return sequences;
    }

    private static void ResolveSequence(int[] sequence, BidiClass[] original, BidiClass[] resolved, int[] codePoints, bool[] removed, int paragraphLevel, byte[] explicitLevels, Span<byte> levels)
    {
        int m = sequence.Length;
        int level = explicitLevels[sequence[0]];
        int before = paragraphLevel;
        for (int i = sequence[0] - 1; i >= 0; i--)
        {
            if (!removed[i])
            {
                before = explicitLevels[i];
                break;
            }
        }

        int lastIndex = sequence[m - 1];
        int after = paragraphLevel;
        if (original[lastIndex] is not (BidiClass.LRI or BidiClass.RLI or BidiClass.FSI))
        {
            for (int i = lastIndex + 1; i < original.Length; i++)
            {
                if (!removed[i])
                {
                    after = explicitLevels[i];
                    break;
                }
            }
        }

        BidiClass sos = (Math.Max(before, level) & 1) == 1 ? BidiClass.R : BidiClass.L;
        BidiClass eos = (Math.Max(after, level) & 1) == 1 ? BidiClass.R : BidiClass.L;
        BidiClass embedding = (level & 1) == 1 ? BidiClass.R : BidiClass.L;

        var t = new BidiClass[m];
        for (int k = 0; k < m; k++)
        {
            t[k] = resolved[sequence[k]];
        }

        ResolveWeak(t, sos);
        ResolveBrackets(t, sequence, original, codePoints, sos, embedding);
        ResolveNeutrals(t, sos, eos, embedding);

        for (int k = 0; k < m; k++)
        {
            int newLevel = level;
            BidiClass type = t[k];
            if ((level & 1) == 0)
            {
                if (type == BidiClass.R)
                {
                    newLevel += 1;
                }
                else if (type is BidiClass.AN or BidiClass.EN)
                {
                    newLevel += 2;
                }
            }
            else if (type is BidiClass.L or BidiClass.EN or BidiClass.AN)
            {
                newLevel += 1;
            }

            levels[sequence[k]] = (byte)newLevel;
        }
    }

    private static void ResolveWeak(BidiClass[] t, BidiClass sos)
    {
        int m = t.Length;

        // W1
        for (int k = 0; k < m; k++)
        {
            if (t[k] == BidiClass.NSM)
            {
                t[k] = k == 0 ? sos : t[k - 1] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : t[k - 1];
            }
        }

        // W2, W3
        BidiClass lastStrong = sos;
        for (int k = 0; k < m; k++)
        {
            switch (t[k])
            {
                case BidiClass.L or BidiClass.R:
                    lastStrong = t[k];
                    break;
                case BidiClass.AL:
                    lastStrong = BidiClass.AL;
                    t[k] = BidiClass.R;
                    break;
                case BidiClass.EN when lastStrong == BidiClass.AL:
                    t[k] = BidiClass.AN;
                    break;
            }
        }

        // W4
        for (int k = 1; k < m - 1; k++)
        {
            if (t[k] == BidiClass.ES && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN)
            {
                t[k] = BidiClass.EN;
            }
            else if (t[k] == BidiClass.CS && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN)
            {
                t[k] = BidiClass.EN;
            }
            else if (t[k] == BidiClass.CS && t[k - 1] == BidiClass.AN && t[k + 1] == BidiClass.AN)
            {
                t[k] = BidiClass.AN;
            }
        }

        // W5
        for (int k = 0; k < m; k++)
        {
            if (t[k] != BidiClass.ET)
            {
                continue;
            }

            int j = k;
            while (j < m && t[j] == BidiClass.ET)
            {
                j++;
            }

            if ((k > 0 && t[k - 1] == BidiClass.EN) || (j < m && t[j] == BidiClass.EN))
            {
                for (int x = k; x < j; x++)
                {
                    t[x] = BidiClass.EN;
                }
            }

            k = j - 1;
        }

        // W6
        for (int k = 0; k < m; k++)
        {
            if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[k] = BidiClass.ON;
            }
        }

        // W7
        lastStrong = sos;
        for (int k = 0; k < m; k++)
        {
            if (t[k] is BidiClass.L or BidiClass.R)
            {
                lastStrong = t[k];
            }
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                t[k] = BidiClass.L;
            }
        }
    }

    private static void ResolveBrackets(BidiClass[] t, int[] sequence, BidiClass[] original, int[] codePoints, BidiClass sos, BidiClass embedding)
    {
        List<(int Open, int Close)>? pairs = FindBracketPairs(t, sequence, codePoints);
        if (pairs is null)
        {
            return;
        }

        BidiClass opposite = embedding == BidiClass.L ? BidiClass.R : BidiClass.L;
        foreach (var (open, close) in pairs)
        {
            bool foundEmbedding = false;
            bool foundOpposite = false;
            for (int k = open + 1; k < close; k++)
            {
                BidiClass? strong = StrongDirection(t[k]);
                if (strong == embedding)
                {
                    foundEmbedding = true;
                    break;
                }

                if (strong is not null)
                {
                    foundOpposite = true;
                }
            }

            BidiClass? chosen = null;
            if (foundEmbedding)
            {
                chosen = embedding;
            }
            else if (foundOpposite)
            {
                BidiClass context = sos;
                for (int k = open - 1; k >= 0; k--)
                {
                    if (StrongDirection(t[k]) is { } strong)
                    {
                        context = strong;
                        break;
                    }
                }

                chosen = context == opposite ? opposite : embedding;
            }

            if (chosen is { } direction)
            {
                t[open] = direction;
                t[close] = direction;
                for (int k = open + 1; k < t.Length && original[sequence[k]] == BidiClass.NSM; k++)
                {
                    t[k] = direction;
                }

                for (int k = close + 1; k < t.Length && original[sequence[k]] == BidiClass.NSM; k++)
                {
                    t[k] = direction;
                }
            }
        }
    }

    /// <summary>BD16 over the sequence; positions are indices into the sequence, sorted by the opening bracket.</summary>
    private static List<(int Open, int Close)>? FindBracketPairs(BidiClass[] t, int[] sequence, int[] codePoints)
    {
        List<(int Open, int Close)>? pairs = null;
        var stack = new List<(int Close, int Position)>();
        for (int k = 0; k < t.Length; k++)
        {
            if (t[k] != BidiClass.ON)
            {
                continue;
            }

            int codePoint = codePoints[sequence[k]];
            int closing = BidiBrackets.ClosingOf(codePoint);
            if (closing >= 0)
            {
                if (stack.Count == 63)
                {
                    break;
                }

                stack.Add((closing, k));
                continue;
            }

            if (!BidiBrackets.IsClosing(codePoint))
            {
                continue;
            }

            int canonical = BidiBrackets.Canonical(codePoint);
            for (int s = stack.Count - 1; s >= 0; s--)
            {
                if (stack[s].Close == canonical)
                {
                    (pairs ??= []).Add((stack[s].Position, k));
                    stack.RemoveRange(s, stack.Count - s);
                    break;
                }
            }
        }

        pairs?.Sort((a, b) => a.Open.CompareTo(b.Open));
        return pairs;
    }

    private static BidiClass? StrongDirection(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

    private static void ResolveNeutrals(BidiClass[] t, BidiClass sos, BidiClass eos, BidiClass embedding)
    {
        int m = t.Length;
        for (int k = 0; k < m; k++)
        {
            if (!IsNeutralOrIsolate(t[k]))
            {
                continue;
            }

            int j = k;
            while (j < m && IsNeutralOrIsolate(t[j]))
            {
                j++;
            }

            BidiClass leading = k == 0 ? sos : StrongDirection(t[k - 1]) ?? embedding;
            BidiClass trailing = j == m ? eos : StrongDirection(t[j]) ?? embedding;
            BidiClass direction = leading == trailing ? leading : embedding;
            for (int x = k; x < j; x++)
            {
                t[x] = direction;
            }

            k = j - 1;
        }
    }

    private static bool IsNeutralOrIsolate(BidiClass type) =>
        type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;
}
