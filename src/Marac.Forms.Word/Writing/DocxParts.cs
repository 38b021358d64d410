namespace Marac.Forms.Word.Writing;

/// <summary>The relationship ids that tie the main document to its header and footer.</summary>
internal static class DocxParts
{
    internal const string HeaderRelationship = "rIdHeader";
    internal const string FooterRelationship = "rIdFooter";
}
