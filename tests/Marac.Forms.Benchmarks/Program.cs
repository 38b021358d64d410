using BenchmarkDotNet.Running;
using Marac.Forms.Benchmarks.Pdf;

namespace Marac.Forms.Benchmarks;

/// <summary>Runs the benchmarks: "pdf-batch [count]" for the batch run, anything else goes to BenchmarkDotNet's switcher (for example <c>--filter *Word*</c>).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "pdf-batch")
        {
            int count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
            return PdfBatchRun.Run(count);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
