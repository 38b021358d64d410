using System.Text.Json;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>The tagged structure read back with qpdf --json: catalog entries, the parent tree, a table row split across pages kept as one row, and tick-box options as lists.</summary>
public sealed class StructureTests
{
    [ConformanceFact(PdfTools.Qpdf, PdfTools.PdfInfo, PdfTools.PdfToText)]
    public void The_catalog_marks_the_file_tagged_with_its_language_title_display_and_parent_tree()
    {
        RenderedPdf pdf = RenderedPdf.Render(SampleDocuments.CompletedReferral());
        JsonElement objects = Objects(pdf.Path);
        JsonElement catalog = objects.EnumerateObject().Select(o => o.Value).First(o => o.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog").GetProperty("value");
        Assert.Equal("u:en-GB", catalog.GetProperty("/Lang").GetString());
        Assert.True(catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean());
        Assert.True(catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
        JsonElement root = objects.GetProperty("obj:" + catalog.GetProperty("/StructTreeRoot").GetString()).GetProperty("value");
        JsonElement parentTree = objects.GetProperty("obj:" + root.GetProperty("/ParentTree").GetString()).GetProperty("value");
        int pages = ExternalTool.Run("qpdf", "--show-npages", pdf.Path).Output.Trim() is var n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0;
        Assert.Equal(pages * 2, parentTree.GetProperty("/Nums").GetArrayLength());
        Assert.Equal(pages, root.GetProperty("/ParentTreeNextKey").GetInt32());
    }

    [ConformanceFact(PdfTools.Qpdf, PdfTools.PdfInfo, PdfTools.PdfToText)]
    public void A_table_row_split_across_two_pages_is_one_row_in_the_structure_tree()
    {
        var columns = new TableColumn[] { new("name", "Given names", FieldKind.SingleLine, 1), new("notes", "Notes", FieldKind.MultiLine, 3) };
        var row = new TableRow([new TableCell("children[0].name", "Maja", 1), new TableCell("children[0].notes", SampleDocuments.LongComment(6000), 1)]);
        var document = new FormDocument(SampleDocuments.Referral, SampleDocuments.Marking, null, isBlank: false,
            [new DocumentSection("children", "Children", [new TableBlock("children", "Children", columns, [row])])]);
        RenderedPdf pdf = RenderedPdf.Render(document);
        Assert.True(pdf.Pages.Length >= 2);
        string[] tags = ExternalTool.Run("pdfinfo", "-struct", pdf.Path).Output.Split('\n').Select(l => l.Trim().Split(' ')[0]).ToArray();
        Assert.Equal(2, tags.Count(t => t == "TR"));
        Assert.Equal(2, tags.Count(t => t == "TD"));

        JsonElement objects = Objects(pdf.Path);
        JsonElement notesCell = objects.EnumerateObject()
            .Where(o => o.Value.TryGetProperty("value", out _))
            .Select(o => o.Value.GetProperty("value"))
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/S", out var s) && s.GetString() == "/TD")
            .Last();
        var pagesOfContent = new HashSet<string>();
        foreach (JsonElement kid in notesCell.GetProperty("/K").EnumerateArray())
        {
            if (kid.ValueKind == JsonValueKind.Object && kid.TryGetProperty("/Pg", out var page))
            {
                pagesOfContent.Add(page.GetString()!);
            }
            else if (kid.ValueKind == JsonValueKind.Number)
            {
                pagesOfContent.Add(notesCell.GetProperty("/Pg").GetString()!);
            }
        }

        Assert.True(pagesOfContent.Count >= 2, "The notes cell's content is on " + pagesOfContent.Count + " page(s).");
    }

    [ConformanceTheory(PdfTools.Qpdf, PdfTools.PdfInfo, PdfTools.PdfToText)]
    [InlineData(1)]
    [InlineData(2)]
    public void Tick_box_options_are_a_list_whose_items_have_the_box_as_label_and_the_option_as_body(int columns)
    {
        string[] options = ["Stalking", "Pregnancy or a new baby", "Separation in the last year", "Threats to kill"];
        ChoiceBlock choice = SampleDocuments.Choice("victim.risks", "Risks", 1, options) with { OptionColumns = columns };
        var document = new FormDocument(SampleDocuments.Referral, SampleDocuments.Marking, null, isBlank: false,
            [new DocumentSection("risks", "Risks", [choice])]);
        RenderedPdf pdf = RenderedPdf.Render(document);
        JsonElement objects = Objects(pdf.Path);

        List<JsonElement> lists = Elements(objects, "/L");
        Assert.Equal(columns, lists.Count);
        List<JsonElement> items = lists.SelectMany(l => Kids(objects, l)).ToList();
        Assert.Equal(options.Length, items.Count);
        Assert.All(items, item =>
        {
            Assert.Equal("/LI", item.GetProperty("/S").GetString());
            Assert.Equal(["/Lbl", "/LBody"], Kids(objects, item).Select(k => k.GetProperty("/S").GetString()!).ToArray());
        });
        Assert.Single(Elements(objects, "/P")); // the choice's label; no option is a paragraph any more

        string text = pdf.Pages[0];
        Assert.Contains(document.TickedBox + " Pregnancy or a new baby", text, StringComparison.Ordinal);
        Assert.Contains(document.UntickedBox + " Stalking", text, StringComparison.Ordinal);
    }

    private static List<JsonElement> Elements(JsonElement objects, string type) =>
        objects.EnumerateObject()
            .Where(o => o.Value.TryGetProperty("value", out _))
            .Select(o => o.Value.GetProperty("value"))
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Type", out var t) && t.GetString() == "/StructElem"
                && v.GetProperty("/S").GetString() == type)
            .ToList();

    /// <summary>The structure elements among an element's kids, in order (marked-content ids left out).</summary>
    private static IEnumerable<JsonElement> Kids(JsonElement objects, JsonElement element) =>
        element.GetProperty("/K").EnumerateArray()
            .Where(k => k.ValueKind == JsonValueKind.String)
            .Select(k => objects.GetProperty("obj:" + k.GetString()).GetProperty("value"));

    private static JsonElement Objects(string path)
    {
        ToolResult json = ExternalTool.Run("qpdf", "--json", "--json-key=qpdf", path);
        Assert.True(json.ExitCode == 0, json.Error);
        JsonElement qpdf = JsonDocument.Parse(json.Output).RootElement.GetProperty("qpdf");
        return qpdf[1];
    }
}
