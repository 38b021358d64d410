using System.Text;
using System.Text.RegularExpressions;

namespace Marac.Forms.Packaging.Tests;

/// <summary>
/// Turns the C# examples of the repository README and of each package README into one program: the
/// repository's quick start as its top-level statements (it is run), each package README's example as a
/// method of its own (it is compiled).
/// </summary>
internal static class ReadmeSnippets
{
    private static readonly Regex CSharpBlock = new(@"```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex UsingDirective = new(@"^using [A-Za-z0-9_.]+;\s*$", RegexOptions.Compiled);

    public static string Program(string repositoryRoot, IEnumerable<string> packageIds)
    {
        var readme = File.ReadAllText(Path.Combine(repositoryRoot, "README.md"));
        var quickStartSection = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..];
        var quickStart = FirstBlock(quickStartSection, "README.md, Quick start");

        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var main = Split(quickStart, usings);
        var examples = new StringBuilder();
        foreach (var id in packageIds)
        {
            var packageReadme = File.ReadAllText(Path.Combine(repositoryRoot, "src", id, "README.md"));
            var body = Split(FirstBlock(packageReadme, $"src/{id}/README.md"), usings);
            examples.AppendLine($"internal static class {id.Replace(".", string.Empty, StringComparison.Ordinal)}ReadmeExample");
            examples.AppendLine("{");
            examples.AppendLine("    internal static void Run()");
            examples.AppendLine("    {");
            examples.AppendLine(body);
            examples.AppendLine("    }");
            examples.AppendLine("}");
        }

        return string.Join("\n", usings) + "\n\n" + main + "\n" + examples;
    }

    private static string FirstBlock(string markdown, string where)
    {
        var match = CSharpBlock.Match(markdown);
        Assert.True(match.Success, where + " has no ```csharp example");
        return match.Groups["code"].Value;
    }

    private static string Split(string code, ISet<string> usings)
    {
        var body = new StringBuilder();
        foreach (var line in code.Split('\n'))
        {
            if (UsingDirective.IsMatch(line))
            {
                usings.Add(line.Trim());
            }
            else
            {
                body.AppendLine(line.TrimEnd('\r'));
            }
        }

        return body.ToString();
    }
}
