using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;

namespace Marac.Forms.Pdf.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_renderer_used_from_many_threads_gives_the_same_bytes_as_used_from_one()
    {
        var renderer = new PdfRenderer();
        var documents = Enumerable.Range(0, 8).Select(i => SampleDocuments.CompletedReferral(childCount: 4 + i)).ToArray();
        byte[][] sequential = documents.Select(renderer.Render).ToArray();
        byte[][] parallel = new byte[documents.Length][];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = renderer.Render(documents[i]));
        for (int i = 0; i < documents.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }
}
