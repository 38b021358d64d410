using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Marac.Forms.TestData.Conformance;

/// <summary>
/// The real programs conformance tests read documents back with: LibreOffice (<c>soffice</c>, 7.6 or
/// later, which keeps content-control tags when it re-saves a .docx), poppler's <c>pdftotext</c>,
/// <c>pdfinfo</c> and <c>pdftoppm</c>, <c>qpdf</c>, MuPDF's <c>mutool</c>, and HarfBuzz's
/// <c>hb-shape</c> as a shaping reference.
/// </summary>
public static class ExternalTools
{
    /// <summary>The environment variable that makes missing tools a failure instead of a skip.</summary>
    public const string RequiredVariable = "MARAC_CONFORMANCE";

    /// <summary>How to install the tools on Debian 12 (.ci/run does exactly this).</summary>
    public const string InstallLine =
        "enable the bookworm-backports suite, then: apt-get install -t bookworm-backports libreoffice-writer-nogui && apt-get install poppler-utils qpdf mupdf-tools libharfbuzz-bin unicode-data mono-runtime mono-devel clang zlib1g-dev (see .ci/run)";

    private static readonly Lazy<string?> LibreOfficeProblem = new(FindLibreOfficeProblem);

    /// <summary>True when <see cref="RequiredVariable"/> is <c>required</c>.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable(RequiredVariable), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the named tools cannot be used, or null when all are present and recent enough.</summary>
    public static string? MissingReason(IEnumerable<string> tools)
    {
        foreach (var tool in tools)
        {
            if (FindOnPath(tool) is null)
            {
                return tool + " is not installed";
            }

            if (tool == "soffice" && LibreOfficeProblem.Value is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Throws when any of the named tools is missing, with the install line.</summary>
    public static void EnsureAvailable(params string[] tools)
    {
        if (MissingReason(tools) is { } reason)
        {
            throw new InvalidOperationException(reason + ". Install: " + InstallLine);
        }
    }

    /// <summary>Runs a program and returns its exit code and combined output.</summary>
    /// <exception cref="TimeoutException">It did not finish in time (it is killed).</exception>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(FindOnPath(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
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

    /// <summary>The text of a PDF as <c>pdftotext -layout</c> extracts it, one string per page.</summary>
    public static IReadOnlyList<string> PdfPages(string pdfPath)
    {
        var (code, output) = Run("pdftotext", new[] { "-layout", "-enc", "UTF-8", pdfPath, "-" }, TimeSpan.FromMinutes(1));
        if (code != 0)
        {
            throw new InvalidOperationException("pdftotext failed on " + pdfPath + ": " + output);
        }

        return output.TrimEnd('\f', '\n').Split('\f');
    }

    /// <summary>Converts files with LibreOffice headless in one run, with a private profile so parallel runs do not collide.</summary>
    public static void LibreOfficeConvert(IEnumerable<string> files, string targetFormat, string outputDirectory)
    {
        var profile = Directory.CreateTempSubdirectory("marac-lo-profile-").FullName;
        try
        {
            var arguments = new List<string>
            {
                "-env:UserInstallation=file://" + profile,
                "--headless",
                "--convert-to",
                targetFormat,
                "--outdir",
                outputDirectory,
            };
            arguments.AddRange(files);
            var (code, output) = Run("soffice", arguments, TimeSpan.FromMinutes(5));
            if (code != 0)
            {
                throw new InvalidOperationException("LibreOffice failed (exit " + code + "): " + output);
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string? FindLibreOfficeProblem()
    {
        var (_, version) = Run("soffice", new[] { "--version" }, TimeSpan.FromMinutes(1));
        var match = Regex.Match(version, @"LibreOffice (\d+)\.(\d+)");
        if (!match.Success)
        {
            return "the LibreOffice version could not be read from: " + version.Trim();
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
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
