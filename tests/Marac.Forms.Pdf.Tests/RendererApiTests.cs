using Marac.Forms.Definitions;
using Marac.Forms.Pdf.Tests.Support;

namespace Marac.Forms.Pdf.Tests;

public sealed class RendererApiTests
{
    [Fact]
    public void Blank_forms_render_for_every_definition_through_the_convenience_method()
    {
        var renderer = new PdfRenderer();
        foreach (FormDefinition definition in FormDefinitions.All)
        {
            using var output = new MemoryStream();
            renderer.RenderBlank(definition, output);
            byte[] pdf = output.ToArray();
            Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), definition.Id);
            Assert.Equal(pdf, renderer.Render(Marac.Forms.Documents.FormDocumentBuilder.BuildBlank(definition)));
        }
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new PdfRenderer().Render(null!));
        Assert.Throws<ArgumentException>(() => new PdfRenderer(new PdfRenderOptions { FallbackFonts = [null!] }));
    }
}
