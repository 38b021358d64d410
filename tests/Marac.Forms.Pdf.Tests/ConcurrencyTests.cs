using System.Reflection;
using Marac.Forms.Documents;
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

    /// <summary>
    /// A server renders on thread-pool threads that live for the life of the process: per-thread scratch buffers would
    /// stay allocated on every one of them. The writer rents from the shared array pool instead, so no field may hold
    /// state per thread.
    /// </summary>
    [Fact]
    public void No_field_keeps_state_per_thread()
    {
        var perThread = new[] { typeof(PdfRenderer).Assembly, typeof(FormDocument).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.IsDefined(typeof(ThreadStaticAttribute), inherit: false)
                || (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(ThreadLocal<>)))
            .Select(field => field.DeclaringType!.FullName + "." + field.Name)
            .ToList();

        Assert.Empty(perThread);
    }
}
