using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.TestData.Streams;

namespace Marac.Forms.Word.Tests;

/// <summary>The Word renderer in the shape every renderer shares: document, completed or blank form, to a stream or bytes, sync or async.</summary>
public sealed class RendererShapeTests
{
    private static readonly FormRenderer Renderer = new WordRenderer();

    [Fact]
    public void Every_way_of_rendering_a_completed_form_gives_the_same_bytes()
    {
        var expected = Renderer.Render(FormDocumentBuilder.Build(SampleCase.Dash, options: RenderedForms.CaseOptions));
        using var stream = new MemoryStream();

        Renderer.RenderForm(SampleCase.Dash, stream, RenderedForms.CaseOptions);

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, Renderer.RenderForm(SampleCase.Dash, RenderedForms.CaseOptions));
    }

    [Fact]
    public void A_blank_form_renders_the_same_to_a_stream_or_to_bytes()
    {
        using var stream = new MemoryStream();

        Renderer.RenderBlank(FormDefinitions.DisclosureDecision, stream);

        Assert.Equal(Renderer.Render(FormDocumentBuilder.BuildBlank(FormDefinitions.DisclosureDecision)), stream.ToArray());
    }

    [Fact]
    public async Task Rendering_asynchronously_writes_to_a_stream_that_refuses_synchronous_writes()
    {
        var body = new AsyncOnlyStream();
        var document = FormDocumentBuilder.Build(SampleCase.Referral, options: RenderedForms.CaseOptions);

        await Renderer.RenderAsync(document, body);

        Assert.Equal(Renderer.Render(document), body.Written);
        Assert.Equal(SampleCase.Referral, WordFormReader.Read<MaracReferral>(new MemoryStream(body.Written)));
    }

    [Fact]
    public async Task A_cancelled_render_writes_nothing()
    {
        var body = new AsyncOnlyStream();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Renderer.RenderAsync(FormDocumentBuilder.Build(SampleCase.Dash), body, cancelled.Token));

        Assert.Empty(body.Written);
    }

    [Fact]
    public void It_names_what_it_writes()
    {
        Assert.Equal(".docx", Renderer.FileExtension);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Renderer.ContentType);
    }
}
