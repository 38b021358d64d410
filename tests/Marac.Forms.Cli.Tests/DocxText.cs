using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Marac.Forms.Cli.Tests;

/// <summary>The text of a rendered .docx's footers, where the review or disposal line is printed.</summary>
internal static class DocxText
{
    internal static string Footers(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        var xml = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("word/footer", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
        return Regex.Replace(xml, "<[^>]+>", string.Empty);
    }
}
