using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Json;
using Marac.Forms.TestData.Streams;

namespace Marac.Forms.Word.Tests;

/// <summary>
/// Reading a filled form from a stream that refuses synchronous reads and cannot seek (an ASP.NET Core request body):
/// the same record and the same errors as the synchronous reader, cancellation, and the same size limits.
/// </summary>
public sealed class WordFormReaderAsyncTests
{
    [Fact]
    public async Task A_form_is_read_from_a_body_that_refuses_synchronous_reads()
    {
        var record = await WordFormReader.ReadAsync<MaracReferral>(new AsyncOnlyStream(RenderedForms.Referral));

        Assert.Equal(SampleCase.Referral, record);
    }

    [Fact]
    public async Task Answers_and_form_id_are_read_from_a_body_that_refuses_synchronous_reads()
    {
        var answers = await WordFormReader.ReadAnswersAsync(new AsyncOnlyStream(RenderedForms.Dash), FormDefinitions.DashChecklist);
        var formType = await WordFormReader.ReadFormTypeAsync(new AsyncOnlyStream(RenderedForms.Dash));

        Assert.Equal(SampleCase.Dash, answers.ToRecord<DashChecklist>());
        Assert.Equal(FormType.DashChecklist, formType);
    }

    [Fact]
    public async Task A_different_form_gives_the_same_error_as_reading_it_synchronously()
    {
        var expected = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(RenderedForms.Referral)));

        var actual = await Assert.ThrowsAsync<FormReadException>(() => WordFormReader.ReadAsync<DashChecklist>(new AsyncOnlyStream(RenderedForms.Referral)));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public async Task A_body_that_never_ends_is_refused_at_the_size_limit()
    {
        var body = new EndlessAsyncStream(0);

        var refused = await Assert.ThrowsAsync<FormReadException>(() => WordFormReader.ReadAsync<DashChecklist>(body));

        Assert.Contains("larger than 64 MB", refused.Message, StringComparison.Ordinal);
        Assert.InRange(body.BytesRead, (64L * 1024 * 1024) + 1, (65L * 1024 * 1024));
    }

    [Fact]
    public async Task A_cancelled_read_stops_before_reading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var body = new EndlessAsyncStream(0);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WordFormReader.ReadAsync<DashChecklist>(body, cancellationToken: cancelled.Token));

        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public void A_missing_stream_is_refused_at_once()
    {
        Assert.Throws<ArgumentNullException>(() => { _ = WordFormReader.ReadAsync<DashChecklist>(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = WordFormReader.ReadFormTypeAsync(null!); });
    }
}
