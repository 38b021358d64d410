namespace Marac.Forms.Cli.Rendering;

/// <summary>
/// Expands the files and folders given to <c>render</c> into form files. A folder contributes every
/// <c>.json</c> file beneath it, keeping its sub-folders in the output; two inputs that would write
/// the same output are reported rather than overwritten.
/// </summary>
internal static class InputDiscovery
{
    internal static (IReadOnlyList<RenderInput> Inputs, IReadOnlyList<string> Problems) Expand(IEnumerable<string> arguments)
    {
        var inputs = new List<RenderInput>();
        var problems = new List<string>();
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var root = Path.GetFullPath(argument);
                foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(root, file);
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
            if (claimed.TryGetValue(outputBaseName, out var earlier))
            {
                problems.Add($"{path}: its output name '{outputBaseName}' is already used by {earlier}; render them into different folders.");
                return;
            }

            claimed.Add(outputBaseName, path);
            inputs.Add(new RenderInput(path, outputBaseName));
        }
    }
}
