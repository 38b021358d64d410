using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Marac.Forms.Word.Tests;

/// <summary>What the Word document is made of: styles, header and footer, controls, repeated table headers, properties, determinism.</summary>
public sealed class WordDocumentTests
{
    [Fact]
    public void The_same_form_renders_to_the_same_bytes() =>
        Assert.Equal(RenderedForms.Referral, RenderedForms.Referral);

    [Fact]
    public void Headings_use_the_real_Title_and_Heading_styles_with_outline_levels()
    {
        using var document = Open(RenderedForms.Referral);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("MARAC referral", paragraphs[0].InnerText);
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && p.InnerText == "The victim");
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
    }

    [Fact]
    public void The_marking_is_in_the_header_and_the_footer_has_page_fields_and_the_review_date()
    {
        using var document = Open(RenderedForms.Referral);
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        var instructions = footer.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();

        Assert.Equal(FormMarkings.OfficialSensitive, header.InnerText);
        Assert.StartsWith(FormMarkings.OfficialSensitive, footer.InnerText, StringComparison.Ordinal);
        Assert.Contains("MARAC referral (version 1.0)", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal(new[] { "PAGE", "NUMPAGES" }, instructions);
        Assert.Contains("Review or dispose of by 14/03/2026", footer.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeating_tables_mark_their_header_row_to_repeat()
    {
        using var document = Open(RenderedForms.Sharing);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().Where(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>() is not null).ToList();

        Assert.Equal(5, tables.Count); // children, risks, the two consultation tables and the sharing log
        Assert.All(tables, table => Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Every_input_of_the_blank_form_is_a_content_control_of_the_right_kind()
    {
        using var document = Open(new WordRenderer().Render(FormDocumentBuilder.BuildBlank(FormDefinitions.SharingWithoutConsent)));
        var controls = document.MainDocumentPart!.Document.Body!.Descendants<SdtRun>().Select(c => c.SdtProperties!).ToList();
        string Kind(string tag) => controls.Single(p => p.GetFirstChild<Tag>()?.Val?.Value == tag).ChildElements.Last().LocalName;

        Assert.Equal("date", Kind("reviewDate"));
        Assert.Equal("text", Kind("incidentDetails"));
        // A blank form prints every option of a choice with its tick box, as the blank PDF does; table cells keep a drop-down.
        Assert.Equal("checkbox", Kind("currentLawBasis.article6=legalObligation"));
        Assert.DoesNotContain(controls, p => p.GetFirstChild<Tag>()?.Val?.Value == "currentLawBasis.article6");
        Assert.Equal("checkbox", Kind("legalGrounds=childProtection"));
        Assert.Equal("dropDownList", Kind("sharingLog[+1].agencyKind"));
        Assert.All(controls, c => Assert.NotNull(c.GetFirstChild<ShowingPlaceholder>() ?? (object?)c.GetFirstChild<DocumentFormat.OpenXml.Office2010.Word.SdtContentCheckBox>()));
    }

    [Fact]
    public void A_completed_form_keeps_a_drop_down_for_a_choice()
    {
        using var document = Open(RenderedForms.Sharing);
        var controls = document.MainDocumentPart!.Document.Body!.Descendants<SdtRun>().Select(c => c.SdtProperties!).ToList();

        var article6 = controls.Single(p => p.GetFirstChild<Tag>()?.Val?.Value == "currentLawBasis.article6");
        Assert.Equal("dropDownList", article6.ChildElements.Last().LocalName);
        Assert.DoesNotContain(controls, p => p.GetFirstChild<Tag>()?.Val?.Value?.StartsWith("currentLawBasis.article6=", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Document_properties_hold_the_form_name_and_id_but_no_personal_data()
    {
        var properties = new StringBuilder();
        using (var zip = new ZipArchive(new MemoryStream(RenderedForms.Referral)))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                properties.Append(reader.ReadToEnd());
            }
        }

        var text = properties.ToString();
        Assert.Contains("<dc:title>MARAC referral</dc:title>", text, StringComparison.Ordinal);
        Assert.Contains("marac-referral", text, StringComparison.Ordinal);
        foreach (var personal in new[] { "Nguyễn", "Trần", "Орлов", "Quarry Lane", "Iwona", "Grabowska", "EM/24017/25", "07700" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("creator", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabs_and_line_breaks_round_trip()
    {
        var form = new DisclosureDecision { InformationConsidered = "Tab\there\r\nand a new line" };

        var read = WordFormReader.Read<DisclosureDecision>(new MemoryStream(new WordRenderer().Render(FormDocumentBuilder.Build(form))));

        Assert.Equal("Tab\there\nand a new line", read.InformationConsidered);
    }

    [Fact]
    public void A_hand_built_document_with_a_character_XML_cannot_hold_is_refused_not_altered()
    {
        var document = FormDocumentBuilder.Build(new DisclosureDecision());
        var field = new FieldBlock("caseReference", "Case reference", null, FieldKind.SingleLine, "A\u0001B", 1);
        var altered = new FormDocument(document.Form, document.Marking, document.ReviewNotice, document.IsBlank, [new DocumentSection("extra", "Extra", [field])]);

        var refused = Assert.Throws<UnprintableTextException>(() => new WordRenderer().Render(altered));

        Assert.Contains("U+0001", refused.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Documents => new(RenderedForms.All().Select(d => d.Key));

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_two_tables_touch_so_readers_keep_them_apart(string name)
    {
        var docx = RenderedForms.All().Single(d => d.Key == name).Value;
        using var document = Open(docx);
        var body = document.MainDocumentPart!.Document.Body!;

        var touching = body.Elements<Table>().Where(t => t.NextSibling() is Table).ToList();

        Assert.Empty(touching);
        Assert.True(body.Elements<Table>().Count() > 1);
    }

    [Fact]
    public void The_font_table_says_the_body_font_is_a_sans_serif_like_Arial()
    {
        using var document = Open(RenderedForms.Referral);
        var fonts = document.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;

        var body = fonts[defaults.Ascii!.Value!];
        Assert.Equal("DejaVu Sans", body.Name!.Value);
        Assert.Equal(FontFamilyValues.Swiss, body.FontFamily!.Val!.Value);
        Assert.Equal("Arial", body.AltName!.Val!.Value);
        Assert.Equal("020B0603030804020204", body.Panose1Number!.Val!.Value);
    }

    [Fact]
    public void A_row_moves_whole_to_the_next_page_unless_its_answer_could_fill_half_a_page()
    {
        // Word clips a row that may not break when it is taller than a page, so only short rows are kept whole.
        Assert.True(RowKeptWhole(RenderedForms.Referral, "riskSummary"));
        Assert.True(RowKeptWhole(RenderedForms.Sharing, "sharingLog[0].legalAuthority"));
        Assert.False(RowKeptWhole(new WordRenderer().Render(FormDocumentBuilder.Build(LongAnswers.Referral)), "riskSummary"));
        Assert.False(RowKeptWhole(new WordRenderer().Render(FormDocumentBuilder.Build(LongAnswers.Sharing)), "sharingLog[0].legalAuthority"));
    }

    private static bool RowKeptWhole(byte[] docx, string binding)
    {
        using var document = Open(docx);
        var control = document.MainDocumentPart!.Document.Body!.Descendants<SdtProperties>().Single(p => p.GetFirstChild<Tag>()?.Val?.Value == binding);
        var row = control.Ancestors<TableRow>().First();
        return row.TableRowProperties?.GetFirstChild<CantSplit>() is not null;
    }

    [Fact]
    public void An_unanswered_source_and_comment_on_a_completed_dash_keep_their_controls_on_one_unlabelled_line()
    {
        using var completed = Open(RenderedForms.Dash);
        using var blank = Open(new WordRenderer().Render(FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist)));

        var unanswered = SourceAndCommentCell(completed, "pregnantOrRecentBirth");
        Assert.Single(unanswered.Elements<Paragraph>());
        Assert.Equal(2, unanswered.Descendants<SdtRun>().Count());
        Assert.DoesNotContain("Source", unanswered.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment", unanswered.InnerText, StringComparison.Ordinal);

        var answered = SourceAndCommentCell(completed, "stalkingOrHarassment");
        Assert.Contains("Police log of 40 texts", answered.InnerText, StringComparison.Ordinal);
        Assert.Contains("Comment", answered.InnerText, StringComparison.Ordinal);

        var toFillIn = SourceAndCommentCell(blank, "pregnantOrRecentBirth");
        Assert.Contains("Source", toFillIn.InnerText, StringComparison.Ordinal);
        Assert.Contains("Comment", toFillIn.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caseworker_and_manager_sign_side_by_side_each_with_name_role_and_date_controls()
    {
        using var document = Open(RenderedForms.Sharing);
        var row = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Single(r => r.Descendants<SdtRun>().Any(c => Tag(c) == "caseworkerSignature.name"));
        var cells = row.Elements<TableCell>().ToList();

        Assert.Equal(2, cells.Count);
        Assert.Equal(new[] { "caseworkerSignature.name", "caseworkerSignature.role", "caseworkerSignature.signedOn" }, cells[0].Descendants<SdtRun>().Select(Tag));
        Assert.Equal(new[] { "managerSignature.name", "managerSignature.role", "managerSignature.signedOn" }, cells[1].Descendants<SdtRun>().Select(Tag));
        Assert.All(cells, c => Assert.NotNull(c.Descendants<ParagraphBorders>().SingleOrDefault()));
    }

    [Fact]
    public void A_childs_row_labels_the_parts_it_holds_and_keeps_the_empty_ones_fillable_on_one_unlabelled_line()
    {
        using var completed = Open(RenderedForms.Referral);
        var nameCell = completed.MainDocumentPart!.Document.Body!.Descendants<TableCell>()
            .Single(c => c.Descendants<SdtRun>().Any(r => Tag(r) == "children[0].name.givenNames"));

        Assert.Equal(new[] { "children[0].name.givenNames", "children[0].name.familyName", "children[0].name.aliases", "children[0].name.otherSpellings" }, nameCell.Descendants<SdtRun>().Select(Tag));
        Assert.Contains("Given name(s)", nameCell.InnerText, StringComparison.Ordinal);
        Assert.Contains("Minh", nameCell.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("Other names used", nameCell.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("Other spellings", nameCell.InnerText, StringComparison.Ordinal);
        var emptyLine = nameCell.Elements<Paragraph>().Last();
        Assert.Equal(new[] { "children[0].name.aliases", "children[0].name.otherSpellings" }, emptyLine.Descendants<SdtRun>().Select(Tag));

        using var blank = Open(new WordRenderer().Render(FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral)));
        var blankCell = blank.MainDocumentPart!.Document.Body!.Descendants<TableCell>()
            .Single(c => c.Descendants<SdtRun>().Any(r => Tag(r) == "children[+1].name.givenNames"));
        Assert.Contains("Other names used", blankCell.InnerText, StringComparison.Ordinal);
    }

    private static string? Tag(SdtRun control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    /// <summary>The last cell of the question grid's row for a Dash question: its source and comment.</summary>
    private static TableCell SourceAndCommentCell(WordprocessingDocument document, string question) =>
        document.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Single(r => r.Descendants<SdtRun>().Any(c => Tag(c) == question + ".comment"))
            .Elements<TableCell>().Last();

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);
}
