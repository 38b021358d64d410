using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Tests.Support;

namespace Marac.Forms.Pdf.Tests.Layout;

/// <summary>The sample case and the four national blank forms, each rendered once to a PDF file for the layout tests.</summary>
public sealed class LaidOutForms : IDisposable
{
    private readonly Lazy<IReadOnlyList<LaidOutForm>> _forms;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "marac-pdf-layout-" + Guid.NewGuid().ToString("N"));

    public LaidOutForms() => _forms = new Lazy<IReadOnlyList<LaidOutForm>>(Render);

    internal IReadOnlyList<LaidOutForm> All => _forms.Value;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private IReadOnlyList<LaidOutForm> Render()
    {
        Directory.CreateDirectory(_directory);
        var documents = CaseFiles.Documents().Select(d => (Name: "case-" + d.Key, Document: d.Value))
            .Concat(FormDefinitions.All.Select(d => (Name: "blank-" + d.Id, Document: FormDocumentBuilder.BuildBlank(d))));
        var renderer = new PdfRenderer();
        var forms = new List<LaidOutForm>();
        foreach (var (name, document) in documents)
        {
            string path = Path.Combine(_directory, name + ".pdf");
            File.WriteAllBytes(path, renderer.Render(document));
            forms.Add(new LaidOutForm(name, document, path));
        }

        return forms;
    }
}

/// <summary>One rendered form.</summary>
internal sealed record LaidOutForm(string Name, FormDocument Document, string Path)
{
    public int Pages
    {
        get
        {
            ToolResult info = ExternalTool.Run(PdfTools.PdfInfo, Path);
            Assert.True(info.ExitCode == 0, info.Error);
            string line = info.Output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
