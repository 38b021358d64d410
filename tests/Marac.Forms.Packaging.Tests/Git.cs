using System.Diagnostics;

namespace Marac.Forms.Packaging.Tests;

/// <summary>Asks the repository's git what was built.</summary>
internal static class Git
{
    public static string HeadCommit(string repository)
    {
        var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = repository, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var commit = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && commit.Length == 40, "git rev-parse HEAD failed in " + repository);
        return commit;
    }
}
