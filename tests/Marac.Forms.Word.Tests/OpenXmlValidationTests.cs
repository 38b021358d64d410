using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Marac.Forms.Word.Tests;

/// <summary>
/// Every sample and blank form passes the Open XML SDK validator with no errors, both for Office 2010 (the
/// oldest Word that has the tick-box content controls the forms use) and for Microsoft 365 (the newest
/// schema the SDK knows).
/// </summary>
public sealed class OpenXmlValidationTests
{
    public static TheoryData<string, FileFormatVersions> Cases()
    {
        var cases = new TheoryData<string, FileFormatVersions>();
        foreach (var name in RenderedForms.All().Select(d => d.Key))
        {
            cases.Add(name, FileFormatVersions.Office2010);
            cases.Add(name, FileFormatVersions.Microsoft365);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_document_has_no_validation_errors(string name, FileFormatVersions version)
    {
        var bytes = RenderedForms.All().Single(d => d.Key == name).Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        var errors = new OpenXmlValidator(version).Validate(document)
            .Select(e => e.Description + " at " + e.Path?.XPath + " in " + e.Part?.Uri)
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }
}
