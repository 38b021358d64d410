using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>The custom document properties: which form and version the document was printed from. Never personal data.</summary>
internal static class DocumentProperties
{
    internal const string FormId = "MaracFormId";
    internal const string FormVersion = "MaracFormVersion";

    internal static IEnumerable<KeyValuePair<string, string>> For(FormDocument document) => new[]
    {
        new KeyValuePair<string, string>(FormId, document.Form.Id),
        new KeyValuePair<string, string>(FormVersion, document.Form.Version),
    };
}
