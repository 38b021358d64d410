namespace Marac.Forms.Cli.Rendering;

/// <summary>
/// Expands the files and folders given on the command line into form files. A folder contributes every
/// <c>.json</c> file beneath it (any letter case), keeping its sub-folders in the output. A link that leads out of
/// the folder, or back into a folder already walked, is skipped and reported, as is anything else not read; two
/// inputs that would write the same output are reported rather than overwritten.
/// </summary>
internal static class InputDiscovery
{
    /// <param name="arguments">Files and folders.</param>
    /// <param name="outputNamesMustDiffer">True when each input writes output named after it, so two that would share a name are refused.</param>
    internal static (IReadOnlyList<RenderInput> Inputs, IReadOnlyList<string> Problems) Expand(IEnumerable<string> arguments, bool outputNamesMustDiffer = true)
    {
        var inputs = new List<RenderInput>();
        var problems = new List<string>();
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var root = Path.GetFullPath(argument);
                var found = new List<(string File, string Relative)>();
                Walk(root, RealPath(root), root, new HashSet<string>(StringComparer.Ordinal), found, problems);
                foreach (var (file, relative) in found.OrderBy(f => f.Relative, StringComparer.Ordinal))
                {
                    Claim(file, Path.ChangeExtension(relative, null)!);
                }
            }
            else if (File.Exists(argument))
            {
                Claim(argument, Path.GetFileNameWithoutExtension(argument));
            }
            else
            {
                problems.Add($"{argument}: no such file or folder.");
            }
        }

        return (inputs, problems);

        void Claim(string path, string outputBaseName)
        {
            if (outputNamesMustDiffer && claimed.TryGetValue(outputBaseName, out var earlier))
            {
                problems.Add($"{path}: its output name '{outputBaseName}' is already used by {earlier}; render them into different folders.");
                return;
            }

            claimed[outputBaseName] = path;
            inputs.Add(new RenderInput(path, outputBaseName));
        }
    }

    private static void Walk(string folder, string realRoot, string root, HashSet<string> walked, List<(string, string)> found, List<string> problems)
    {
        if (!walked.Add(RealPath(folder)))
        {
            problems.Add($"{folder}: skipped; it links back to a folder already read (a loop).");
            return;
        }

        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).OrderBy(e => e, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{folder}: skipped; the folder cannot be read ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}).");
            return;
        }

        foreach (var entry in entries)
        {
            var info = new FileInfo(entry);
            bool isLink = info.LinkTarget is not null;
            if (isLink && !IsInside(RealPath(entry), realRoot))
            {
                problems.Add($"{entry}: skipped; it links to {info.LinkTarget}, outside {root}.");
                continue;
            }

            if (Directory.Exists(entry))
            {
                Walk(entry, realRoot, root, walked, found, problems);
            }
            else if (string.Equals(Path.GetExtension(entry), ".json", StringComparison.OrdinalIgnoreCase))
            {
                if (isLink && !File.Exists(entry))
                {
                    problems.Add($"{entry}: skipped; it links to {info.LinkTarget}, which does not exist.");
                    continue;
                }

                found.Add((entry, Path.GetRelativePath(root, entry)));
            }
        }
    }

    /// <summary>The path with every link along it resolved, so two names for one folder compare equal.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var here = parent is null ? full : Path.Combine(RealPath(parent, depth), Path.GetFileName(full));
        if (depth > 40)
        {
            return here;
        }

        try
        {
            FileSystemInfo entry = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
            return entry.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName, depth + 1) : here;
        }
        catch (IOException)
        {
            // A chain of links that never ends: keep the name as it is; the walk reports it as unreadable or a loop.
            return here;
        }
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
