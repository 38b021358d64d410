namespace Marac.Forms.Cli.Tests;

/// <summary>Finds files in the repository the tests run from.</summary>
internal static class RepoPaths
{
    internal static string Root { get; } = FindRoot();

    internal static string Samples(params string[] parts) => Path.Combine(new[] { Root, "samples", "data" }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marac.Forms.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Marac.Forms.sln) above " + AppContext.BaseDirectory);
    }
}
