using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Pdf.Tests.Fixtures;

/// <summary>The fictional sample cases in samples/data, each built as the document the renderers draw.</summary>
internal static class SampleFiles
{
    public static IEnumerable<(string Name, FormDocument Document)> All()
    {
        string root = FindRoot();
        foreach (string file in Directory.GetFiles(Path.Combine(root, "samples", "data"), "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            object form = MaracJson.ReadAny(File.ReadAllText(file), file).Form;
            string name = Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileName(file);
            yield return (name, FormDocumentBuilder.Build(form, FormDefinitions.For(form.GetType())));
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marac.Forms.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
