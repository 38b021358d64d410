using System.Diagnostics;
using System.Text;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>Runs a command-line tool and captures its output.</summary>
internal static class ExternalTool
{
    /// <summary>Runs the tool, keeping its standard output and error apart (PDF text goes to standard output, warnings to error).</summary>
    public static ToolResult Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + tool);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(tool + " did not finish within two minutes.");
        }

        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
