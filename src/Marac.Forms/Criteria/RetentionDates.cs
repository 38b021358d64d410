namespace Marac.Forms;

/// <summary>When MARAC information is reviewed or disposed of: a number of months after the referral to MARAC.</summary>
internal static class RetentionDates
{
    private static readonly CalendarDate LastDate = new(9999, 12, 31);

    /// <summary>The review date <paramref name="months"/> after <paramref name="referral"/>, or false when it would fall after 31/12/9999.</summary>
    internal static bool TryReviewDate(CalendarDate referral, int months, out CalendarDate review)
    {
        if (months < 0 || referral > LastDate.AddMonths(-months))
        {
            review = default;
            return false;
        }

        review = referral.AddMonths(months);
        return true;
    }
}
