namespace Marac.Forms.Tests.Fixtures;

/// <summary>Files of the repository itself (forms/, samples/, docs/), found from the test's folder.</summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Marac.Forms.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Marac.Forms.sln) was not found above " + AppContext.BaseDirectory);
    }
}
