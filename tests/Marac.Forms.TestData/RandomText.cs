using System.Text;

namespace Marac.Forms.TestData;

/// <summary>
/// Builds text from a seeded <see cref="Random"/>. Generators draw one seed from FsCheck and build the whole
/// text here, which is many times faster than composing a generator per word and just as reproducible.
/// </summary>
internal static class RandomText
{
    internal static readonly string[] Words =
    {
        "the", "victim", "reports", "that", "he", "she", "they", "was", "frightened", "after", "incident", "at", "home",
        "police", "attended", "children", "present", "school", "contacted", "refuge", "requested", "interpreter",
        "zażalenie", "świadek", "dziecko", "şikâyet", "çocuk", "güvenli", "φόβος", "παιδιά", "ασφάλεια",
        "угроза", "дети", "безопасность", "bạo", "lực", "gia", "đình", "an", "toàn",
        "خوف", "أطفال", "أمان", "害怕", "孩子", "安全", "怖い", "子ども", "안전", "डर", "ਸੁਰੱਖਿਆ",
        "Ọ̀rọ̀", "Ysgol", "cymorth", "Guðrún", "naïve", "café", "𠮷",
    };

    internal static readonly string[] HostileFragments =
    {
        string.Empty, " ", "   ", "\t", "\n", "\r\n", "\r", "\"", "\\", "\\\"", "/", "</script>", "&amp;", "<b>",
        "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\u00A0", "\u200B", "\u200E", "\u200F", "\u2028", "\u2029",
        "\uFEFF", "\uFFFD", "\uFFFF", "\U0001F600", "\U0001F469\u200D\U0001F467", "\U00020BB7", "\U0010FFFF",
        "e\u0301", "\u202E\u0645\u0631\u062D\u0628\u0627\u202C", "null", "true", "{}", "[]", "0", "-1", "1e309",
        "2023-02-30", "\u00E9\u0301\u0302",
    };

    private static readonly string[] Punctuation = { ",", ";", ":", "?", "!", " -", " (see notes)", " 'quoted'", " \"quoted\"" };

    internal static string Sentence(Random random, int minWords, int maxWords)
    {
        var text = new StringBuilder();
        AppendSentence(text, random, minWords, maxWords);
        return text.ToString();
    }

    internal static string Readable(Random random)
    {
        var kind = random.Next(150);
        if (kind == 0)
        {
            return Long(random, random.Next(1_000, 8_001));
        }

        if (kind < 20)
        {
            return Paragraphs(random, random.Next(2, 5));
        }

        return Sentence(random, 1, 12);
    }

    internal static string Paragraphs(Random random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }

            var sentences = random.Next(1, 5);
            for (var j = 0; j < sentences; j++)
            {
                if (j > 0)
                {
                    text.Append(j % 3 == 2 ? "\n" : " ");
                }

                AppendSentence(text, random, 3, 25);
            }
        }

        return text.ToString();
    }

    internal static string Long(Random random, int length)
    {
        var text = new StringBuilder(length + 200);
        while (text.Length < length)
        {
            if (text.Length > 0)
            {
                text.Append(random.Next(8) == 0 ? "\n" : " ");
            }

            AppendSentence(text, random, 5, 25);
        }

        return text.ToString();
    }

    internal static string AnyUnicode(Random random)
    {
        var kind = random.Next(13);
        if (kind < 5)
        {
            return Readable(random);
        }

        if (kind < 8)
        {
            return HostileFragments[random.Next(HostileFragments.Length)];
        }

        var text = new StringBuilder();
        var parts = random.Next(1, 20);
        for (var i = 0; i < parts; i++)
        {
            switch (random.Next(3))
            {
                case 0:
                    text.Append(HostileFragments[random.Next(HostileFragments.Length)]);
                    break;
                case 1:
                    text.Append(Words[random.Next(Words.Length)]);
                    break;
                default:
                    text.Append(char.ConvertFromUtf32(ScalarValue(random)));
                    break;
            }
        }

        return text.ToString();
    }

    internal static int ScalarValue(Random random) => random.Next(11) switch
    {
        < 4 => random.Next(0x20, 0x7F),
        < 7 => random.Next(0xA0, 0xD800),
        < 8 => random.Next(0, 0x20),
        < 9 => random.Next(0xE000, 0x10000),
        _ => random.Next(0x10000, 0x110000),
    };

    private static void AppendSentence(StringBuilder text, Random random, int minWords, int maxWords)
    {
        var count = random.Next(minWords, maxWords + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var word = Words[random.Next(Words.Length)];
            text.Append(i == 0 && char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word);
            if (i < count - 1 && random.Next(7) == 0)
            {
                text.Append(Punctuation[random.Next(Punctuation.Length)]);
            }
        }

        text.Append('.');
    }
}
