using System.Diagnostics;
using System.Globalization;
using Marac.Forms.Documents;
using Marac.Forms.Pdf;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>
/// Renders a batch of documents (the case pack, cycled) once on one thread and once on every core,
/// sampling the process working set and managed heap as it goes, and prints throughput, the
/// speed-up, the peak working set and whether memory stayed flat.
/// </summary>
internal static class PdfBatchRun
{
    public static int Run(int count)
    {
        IReadOnlyList<FormDocument> pack = PdfSampleCase.Pack;
        var renderer = new PdfRenderer();
        for (int i = 0; i < 40; i++)
        {
            renderer.Render(pack[i % pack.Count]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Batch of {count:N0} documents (case pack of {pack.Count} forms, cycled), {Environment.ProcessorCount} cores"));
        double single = Measure("1 thread", count, 1, pack, renderer);
        double parallel = Measure($"{Environment.ProcessorCount} threads", count, Environment.ProcessorCount, pack, renderer);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Speed-up over one core: {single / parallel:F2}x"));

        // The control: work that shares nothing (compressing a buffer), timed the same way, shows
        // how much parallelism the machine actually gave this process.
        int controlCount = Math.Max(100, count / 5);
        byte[] sample = renderer.Render(pack[0]);
        double computeSingle = Time(controlCount, 1, _ => Compress(sample));
        double computeParallel = Time(controlCount, Environment.ProcessorCount, _ => Compress(sample));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Control ({controlCount:N0} items): share-nothing compression speed-up {computeSingle / computeParallel:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }

    private static double Time(int count, int threads, Func<int, int> work)
    {
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => work(i));
        return clock.Elapsed.TotalSeconds;
    }

    private static int Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return (int)output.Length;
    }

    private static double Measure(string name, int count, int threads, IReadOnlyList<FormDocument> pack, PdfRenderer renderer)
    {
        var samples = new List<(int Done, long WorkingSet, long Heap)>();
        int done = 0;
        long bytes = 0;
        using var sampler = new Timer(_ =>
        {
            using Process self = Process.GetCurrentProcess();
            lock (samples)
            {
                samples.Add((Volatile.Read(ref done), self.WorkingSet64, GC.GetTotalMemory(false)));
            }
        }, null, 0, 250);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            Interlocked.Add(ref bytes, renderer.Render(pack[i % pack.Count]).Length);
            Interlocked.Increment(ref done);
        });
        clock.Stop();
        sampler.Change(Timeout.Infinite, Timeout.Infinite);
        List<(int Done, long WorkingSet, long Heap)> snapshot;
        lock (samples)
        {
            snapshot = samples.ToList();
        }

        var firstHalf = snapshot.Where(s => s.Done > count / 10 && s.Done <= count / 2).ToList();
        var secondHalf = snapshot.Where(s => s.Done > count / 2).ToList();
        double MiB(long b) => b / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {clock.Elapsed.TotalSeconds:F1} s, {count / clock.Elapsed.TotalSeconds:F0} documents/s, {bytes / (double)count / 1024:F0} KiB per document"));
        if (firstHalf.Count > 0 && secondHalf.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  working set max: {MiB(firstHalf.Max(s => s.WorkingSet)):F0} MiB in the first half, {MiB(secondHalf.Max(s => s.WorkingSet)):F0} MiB in the second; managed heap max {MiB(firstHalf.Max(s => s.Heap)):F0} / {MiB(secondHalf.Max(s => s.Heap)):F0} MiB"));
        }

        return clock.Elapsed.TotalSeconds;
    }
}
