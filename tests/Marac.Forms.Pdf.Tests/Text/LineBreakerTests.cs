using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Tests.Text;

public sealed class LineBreakerTests
{
    private static readonly TextFormat Body = new(FaceStyle.Regular, 10);

    private static PreparedText Prepare(string text) =>
        TextPreparer.Prepare(text, Body, TestFontSet.Bundled, TextSource.Value("notes"));

    [Fact]
    public void Breaks_at_spaces_and_drops_only_the_spaces()
    {
        PreparedText text = Prepare("The quick brown fox jumps over the lazy dog");
        List<TextLine> lines = LineBreaker.Break(text, text.Width(0, 20));
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.False(l.Content.StartsWith(' ') || l.Content.EndsWith(' ')));
        Assert.Equal("The quick brown fox jumps over the lazy dog", string.Join(" ", lines.Select(l => l.Content)));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split_between_letters_never_inside_a_letter_with_its_accent()
    {
        PreparedText text = Prepare("W\u0302W\u0302W\u0302W\u0302W\u0302W\u0302W\u0302W\u0302");
        List<TextLine> lines = LineBreaker.Break(text, text.Width(0, 5));
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= text.Width(0, 5) + 0.001));
        Assert.Equal(text.Text, string.Concat(lines.Select(l => l.Content)));
    }

    [Fact]
    public void Prefers_a_break_after_a_hyphen_inside_a_long_name()
    {
        PreparedText text = Prepare("Wiśniewska-Kowalczyk");
        List<TextLine> lines = LineBreaker.Break(text, text.Width(0, 14));
        Assert.Equal(["Wiśniewska-", "Kowalczyk"], lines.Select(l => l.Content));
    }

    [Fact]
    public void Newlines_start_new_lines_and_empty_lines_are_kept()
    {
        List<TextLine> lines = LineBreaker.Break(Prepare("one\n\nthree"), 500);
        Assert.Equal(["one", string.Empty, "three"], lines.Select(l => l.Content));
    }

    [Fact]
    public void Property_every_non_space_character_survives_in_order_and_no_line_is_too_wide()
    {
        string[] words = FictionalPeople.Names.SelectMany(n => n.Split(' ')).Concat(["a", "of", "WHA/2026/000481-ESCALATION-REVIEW-PENDING", "\n"]).ToArray();
        Gen<string> texts = Gen.ListOf(Gen.Elements(words)).Select(ws => string.Join(" ", ws));
        Gen<double> widths = Gen.Choose(20, 500).Select(w => (double)w);
        Prop.ForAll(Arb.From(texts), Arb.From(widths), (string raw, double width) =>
        {
            PreparedText text = Prepare(raw);
            List<TextLine> lines = LineBreaker.Break(text, width);
            string kept = string.Concat(lines.Select(l => l.Content)).Replace(" ", string.Empty, StringComparison.Ordinal);
            string expected = text.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
            bool fits = lines.All(l => l.Width <= width + 0.001 || l.End - l.Start == 1);
            bool widthsMatch = lines.All(l => Math.Abs(l.Width - text.Width(l.Start, l.End)) < 0.001);
            return kept == expected && fits && widthsMatch;
        }).QuickCheckThrowOnFailure();
    }
}
