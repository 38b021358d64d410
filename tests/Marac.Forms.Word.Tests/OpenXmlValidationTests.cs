using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Marac.Forms.Word.Tests;

/// <summary>Every sample and blank form passes the Open XML SDK validator for Office 2010 with no errors.</summary>
public sealed class OpenXmlValidationTests
{
    public static TheoryData<string> Names => new(RenderedForms.All().Select(d => d.Key));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_document_has_no_validation_errors(string name)
    {
        var bytes = RenderedForms.All().Single(d => d.Key == name).Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document)
            .Select(e => e.Description + " at " + e.Path?.XPath + " in " + e.Part?.Uri)
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }
}
