using System.Text;
using Marac.Forms.Json;
using Marac.Forms.TestData.Streams;

namespace Marac.Forms.Tests.Json;

/// <summary>
/// Reading and writing files on streams that refuse synchronous I/O and cannot seek, as ASP.NET Core request and
/// response bodies do by default: the same file, the same errors, cancellation, and memory bounded by the size limit.
/// </summary>
public sealed class MaracJsonAsyncTests
{
    [Fact]
    public async Task A_file_is_read_from_a_body_that_refuses_synchronous_reads()
    {
        var body = new AsyncOnlyStream(Encoding.UTF8.GetBytes(MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis)));

        var file = await MaracJson.ReadAsync<MaracReferral>(body, "request body");

        Assert.Equal(JsonTestForms.Referral, file.Form);
        Assert.Equal(JsonTestForms.Basis, file.LawfulBasis);
    }

    [Fact]
    public async Task Any_form_is_read_from_a_body_that_refuses_synchronous_reads()
    {
        var body = new AsyncOnlyStream(Encoding.UTF8.GetBytes(MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis)));

        var file = await MaracJson.ReadAnyAsync(body);

        Assert.Equal(FormType.DashChecklist, file.FormType);
        Assert.Equal(JsonTestForms.Dash, Assert.IsType<FormFile<DashChecklist>>(file).Form);
    }

    [Fact]
    public async Task A_file_is_written_to_a_body_that_refuses_synchronous_writes_with_the_same_bytes()
    {
        var body = new AsyncOnlyStream();

        await MaracJson.WriteAsync(JsonTestForms.Referral, body, JsonTestForms.Basis);

        Assert.Equal(Encoding.UTF8.GetBytes(MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis)), body.Written);
    }

    [Fact]
    public async Task A_malformed_body_gives_the_same_error_as_reading_it_synchronously()
    {
        var json = MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis).Replace("\"yes\"", "\"perhaps\"", StringComparison.Ordinal);
        var expected = Assert.Throws<MaracFormatException>(() => MaracJson.Read<DashChecklist>(json, "upload"));

        var actual = await Assert.ThrowsAsync<MaracFormatException>(() => MaracJson.ReadAsync<DashChecklist>(new AsyncOnlyStream(Encoding.UTF8.GetBytes(json)), "upload"));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.Line, actual.Line);
        Assert.NotEmpty(actual.Path);
    }

    [Fact]
    public async Task A_body_that_never_ends_is_refused_at_the_size_limit()
    {
        var body = new EndlessAsyncStream((byte)' ');

        var refused = await Assert.ThrowsAsync<MaracFormatException>(() => MaracJson.ReadAnyAsync(body, "request body"));

        Assert.Contains("larger than 64 MB", refused.Message, StringComparison.Ordinal);
        Assert.InRange(body.BytesRead, MaracJson.MaximumFileBytes + 1, MaracJson.MaximumFileBytes + (1024 * 1024));
    }

    [Fact]
    public async Task A_cancelled_read_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var body = new EndlessAsyncStream((byte)' ');

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MaracJson.ReadAnyAsync(body, cancellationToken: cancelled.Token));

        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task A_cancelled_write_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var body = new AsyncOnlyStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MaracJson.WriteAsync(JsonTestForms.Dash, body, JsonTestForms.Basis, cancelled.Token));

        Assert.Empty(body.Written);
    }

    [Fact]
    public void Missing_arguments_are_refused_at_once_not_through_the_task()
    {
        Assert.Throws<ArgumentNullException>(() => { _ = MaracJson.ReadAnyAsync(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = MaracJson.ReadAsync<DashChecklist>(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = MaracJson.WriteAsync(JsonTestForms.Dash, null!, JsonTestForms.Basis); });
        Assert.Throws<ArgumentNullException>(() => { _ = MaracJson.WriteAsync(JsonTestForms.Dash, new AsyncOnlyStream(), null!); });
    }
}
