using System.Diagnostics;
using System.Text.RegularExpressions;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Cli.Tests;

/// <summary>
/// Publishes the tool once per test run as a native (ahead-of-time) executable, exactly as the README says, into a
/// folder of its own with its own build outputs, so it never meets the framework-dependent build the other tests use.
/// </summary>
public sealed class NativeAotBuild : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    public NativeAotBuild()
    {
        Root = Directory.CreateTempSubdirectory("marac-forms-aot-").FullName;
        PublishDirectory = Path.Combine(Root, "publish");
        if (ExternalTools.MissingReason(new[] { "clang" }) is { } missing && !ExternalTools.IsRequired)
        {
            // The tests are skipped for the same reason: spend no minutes on a build that cannot link.
            (ExitCode, Output) = (-1, missing);
            return;
        }

        var arguments = new[]
        {
            "publish", Path.Combine(RepoPaths.Root, "src", "Marac.Forms.Cli"), "-c", "Release", "-r", "linux-x64", "-p:MaracNativeAot=true",
            "-o", PublishDirectory, "--artifacts-path", Path.Combine(Root, "artifacts"), "-nodeReuse:false",
        };
        var clock = Stopwatch.StartNew();
        (ExitCode, Output) = RunDotNet(arguments);
        PublishTime = clock.Elapsed;
    }

    internal string Root { get; }

    internal string PublishDirectory { get; }

    internal string Executable => Path.Combine(PublishDirectory, "marac-forms");

    internal int ExitCode { get; }

    internal string Output { get; }

    internal TimeSpan PublishTime { get; }

    /// <summary>The build's warning lines (trim and AOT analysis among them).</summary>
    internal IReadOnlyList<string> Warnings =>
        Output.Split('\n').Where(line => Regex.IsMatch(line, @": warning [A-Z]+[0-9]+")).Distinct().ToArray();

    /// <summary>Runs the native executable, from a working folder of its own, and captures what it prints.</summary>
    internal CliRun Run(params string[] args)
    {
        var (code, output, error) = Start(Executable, args, Root, TimeSpan.FromMinutes(2));
        return new CliRun(code, output, error);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static (int ExitCode, string Output) RunDotNet(IEnumerable<string> arguments)
    {
        var (code, output, error) = Start("dotnet", arguments, RepoPaths.Root, Limit);
        return (code, output + error);
    }

    private static (int ExitCode, string Output, string Error) Start(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into a separate build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", arguments)} did not finish within {limit}.");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
