using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>
/// Finds the real programs the conformance tests use: LibreOffice (a real reader of Word files) and
/// poppler's pdftotext and pdfinfo. LibreOffice must be 7.6 or later: older versions drop the tags of
/// content controls when they save a .docx.
/// </summary>
internal static class ConformanceTools
{
    internal const string RequiredVariable = "MARAC_CONFORMANCE";

    internal const string InstallLine =
        "echo 'deb http://deb.debian.org/debian bookworm-backports main' > /etc/apt/sources.list.d/backports.list && apt-get update && apt-get install -y -t bookworm-backports libreoffice-writer-nogui && apt-get install -y poppler-utils";

    private static readonly Lazy<string?> Problem = new(FindProblem);

    internal static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable(RequiredVariable), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tools cannot be used, or null when they all are present.</summary>
    internal static string? MissingReason => Problem.Value;

    internal static string Soffice => FindOnPath("soffice") ?? "soffice";

    internal static void EnsureAvailable()
    {
        if (MissingReason is { } reason)
        {
            throw new InvalidOperationException(reason + ". Install with: " + InstallLine);
        }
    }

    internal static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " did not finish within " + timeout);
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    private static string? FindProblem()
    {
        foreach (var tool in new[] { "soffice", "pdftotext", "pdfinfo" })
        {
            if (FindOnPath(tool) is null)
            {
                return tool + " is not installed";
            }
        }

        var (_, version) = Run(Soffice, new[] { "--version" }, TimeSpan.FromMinutes(1));
        var match = Regex.Match(version, @"LibreOffice (\d+)\.(\d+)");
        if (!match.Success)
        {
            return "the LibreOffice version could not be read from: " + version.Trim();
        }

        var major = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return major > 7 || (major == 7 && minor >= 6)
            ? null
            : "LibreOffice " + major + "." + minor + " is too old (7.6 or later keeps content-control tags when saving .docx)";
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
