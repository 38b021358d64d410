using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Tests.TestData;

/// <summary>The comparison every text-recovery test uses: independent of line breaks, strict about the characters.</summary>
public sealed class PrintedTextTests
{
    [Theory]
    [InlineData("Method: Telephone\n, then secure email", "Telephone, then secure email")]
    [InlineData("UK GDPR 6(1)\n(e) public task", "UK GDPR 6(1)(e)")]
    [InlineData("Wi\u015Bniewska,\r\n  Zofia", "Wiśniewska, Zofia")]
    [InlineData("Nguye\u0302\u0303n", "Nguy\u1EC5n")]
    public void A_value_broken_across_lines_by_the_reader_is_found(string extracted, string value) =>
        Assert.True(PrintedText.Contains(extracted, value));

    [Theory]
    [InlineData("Method: Telephone, then email", "Telephone, then secure email")]
    [InlineData("UK GDPR 6(1)(f)", "UK GDPR 6(1)(e)")]
    [InlineData("Nguyen", "Nguy\u1EC5n")]
    [InlineData("Wisniewska", "Wiśniewska")]
    public void A_value_that_is_missing_or_altered_is_not_found(string extracted, string value) =>
        Assert.False(PrintedText.Contains(extracted, value));

    [Fact]
    public void Occurrences_counts_a_marking_broken_over_a_line()
    {
        Assert.Equal(2, PrintedText.Occurrences("OFFICIAL-\nSENSITIVE body OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"));
        Assert.Throws<ArgumentException>(() => PrintedText.Occurrences("text", " "));
    }
}
