namespace Marac.Forms.Definitions.Model;

/// <summary>
/// The names of the fixed phrases the document builder prints around the definition's own items
/// (the labels of a risk question's source and comment, a signature's parts, and so on). Their
/// wording lives in <c>forms/shared.json</c> and a definition may override any of them.
/// </summary>
internal static class FormPhrases
{
    internal const string AnswerSource = "answerSource";
    internal const string AnswerComment = "answerComment";
    internal const string SignatureName = "signatureName";
    internal const string SignatureRole = "signatureRole";
    internal const string SignatureDate = "signatureDate";
    internal const string LocalWording = "localWording";
    internal const string LocalQuestionReference = "localQuestionReference";
    internal const string UnknownLocalQuestion = "unknownLocalQuestion";
    internal const string ScoreValue = "scoreValue";
    internal const string GridQuestion = "gridQuestion";
    internal const string GridSourceAndComment = "gridSourceAndComment";
    internal const string GridSource = "gridSource";
    internal const string TableOptionsKey = "tableOptionsKey";
    internal const string OptionCodes = "optionCodes";
    internal const string OptionCodesAsAbove = "optionCodesAsAbove";
    internal const string Footer = "footer";
    internal const string PageNumbers = "pageNumbers";
    internal const string ReviewNotice = "reviewNotice";
    internal const string ReviewNoticeWithoutDate = "reviewNoticeWithoutDate";
    internal const string ReviewNoticeBeyondCalendar = "reviewNoticeBeyondCalendar";

    /// <summary>True when a page-number phrase can be drawn by both renderers: text, {page}, text, {pages} at the end.</summary>
    internal static bool IsPageNumberPhrase(string text)
    {
        var page = text.IndexOf("{page}", StringComparison.Ordinal);
        var pages = text.IndexOf("{pages}", StringComparison.Ordinal);
        return page >= 0 && pages >= page + "{page}".Length && pages + "{pages}".Length == text.Length;
    }

    /// <summary>Every phrase, with the placeholders its text may use.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> All = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [AnswerSource] = Array.Empty<string>(),
        [AnswerComment] = Array.Empty<string>(),
        [SignatureName] = Array.Empty<string>(),
        [SignatureRole] = Array.Empty<string>(),
        [SignatureDate] = Array.Empty<string>(),
        [LocalWording] = new[] { "origin" },
        [LocalQuestionReference] = Array.Empty<string>(),
        [UnknownLocalQuestion] = new[] { "id" },
        [ScoreValue] = new[] { "score", "count" },
        [GridQuestion] = Array.Empty<string>(),
        [GridSourceAndComment] = Array.Empty<string>(),
        [GridSource] = Array.Empty<string>(),
        [TableOptionsKey] = new[] { "column", "options" },
        [OptionCodes] = new[] { "options" },
        [OptionCodesAsAbove] = new[] { "label" },
        [Footer] = new[] { "name", "version" },
        [PageNumbers] = new[] { "page", "pages" },
        [ReviewNotice] = new[] { "date", "months", "referralDate" },
        [ReviewNoticeWithoutDate] = new[] { "months" },
        [ReviewNoticeBeyondCalendar] = new[] { "months", "referralDate" },
    };
}
