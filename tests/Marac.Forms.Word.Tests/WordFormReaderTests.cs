using System.Xml.Linq;
using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Tests;

/// <summary>Reading filled-in forms: blank forms, forms filled by hand, and broken or foreign documents.</summary>
public sealed class WordFormReaderTests
{
    private static byte[] Blank(FormDefinition definition) => new WordRenderer().Render(FormDocumentBuilder.BuildBlank(definition));

    [Fact]
    public void Every_blank_form_reads_back_as_an_empty_record()
    {
        Assert.Equal(new MaracReferral(), WordFormReader.Read<MaracReferral>(new MemoryStream(Blank(FormDefinitions.MaracReferral))));
        Assert.Equal(new DashChecklist(), WordFormReader.Read<DashChecklist>(new MemoryStream(Blank(FormDefinitions.DashChecklist))));
        Assert.Equal(new SharingWithoutConsentRecord(), WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(Blank(FormDefinitions.SharingWithoutConsent))));
        Assert.Equal(new DisclosureDecision(), WordFormReader.Read<DisclosureDecision>(new MemoryStream(Blank(FormDefinitions.DisclosureDecision))));
        var scottish = FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland);
        Assert.Equal(new DashChecklist(), WordFormReader.Read<DashChecklist>(new MemoryStream(Blank(scottish)), scottish));
    }

    [Fact]
    public void A_choice_ticked_on_a_blank_form_reads_back_as_the_option_and_two_ticks_are_refused()
    {
        var blank = Blank(FormDefinitions.SharingWithoutConsent);
        var one = DocxEditing.EditDocument(blank, document => DocxEditing.Tick(document, "currentLawBasis.article6=legalObligation"));
        var two = DocxEditing.EditDocument(one, document => DocxEditing.Tick(document, "currentLawBasis.article6=publicTask"));

        Assert.Equal(Marac.Forms.DataProtection.Article6Basis.LegalObligation, WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(one)).CurrentLawBasis!.Article6);
        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(two)));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("currentLawBasis.article6", problem.Path);
        Assert.Contains("more than one option is ticked", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_form_filled_in_by_hand_reads_back_what_was_written()
    {
        var scottish = FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland);
        var filled = DocxEditing.EditDocument(Blank(scottish), document =>
        {
            DocxEditing.Type(document, "victimNameOrCode", "Đặng Thu Hà");
            DocxEditing.Type(document, "completedOn", "02/10/2025");
            DocxEditing.Tick(document, "threatenedToKill.response=yes");
            DocxEditing.Tick(document, "threatenedToKillWhom=children");
            DocxEditing.Tick(document, "threatenedToKillWhom=victim");
            DocxEditing.Tick(document, "localItems[+itemId=local-child-2].answer.response=yes");
            DocxEditing.Type(document, "localItems[+itemId=local-child-2].answer.comment", "Both children saw it.");
        });

        var read = WordFormReader.Read<DashChecklist>(new MemoryStream(filled), scottish);

        Assert.Equal("Đặng Thu Hà", read.VictimNameOrCode);
        Assert.Equal(new CalendarDate(2025, 10, 2), read.CompletedOn);
        Assert.Equal(DashResponse.Yes, read.ThreatenedToKill.Response);
        Assert.Equal(ValueList.Of(ThreatToKillTarget.Victim, ThreatToKillTarget.Children), read.ThreatenedToKillWhom);
        var local = Assert.Single(read.LocalItems);
        Assert.Equal("local-child-2", local.ItemId);
        Assert.Equal(DashResponse.Yes, local.Answer.Response);
        Assert.Equal("Both children saw it.", local.Answer.Comment);
        Assert.Equal(1, read.Score);
    }

    [Fact]
    public void Spare_table_rows_filled_in_become_new_entries_after_the_existing_ones()
    {
        var docx = new WordRenderer().Render(FormDocumentBuilder.Build(new SharingWithoutConsentRecord { Risks = ValueList.Of(new RiskTableRow { WhoIsAtRisk = "The victim" }) }));
        var blankForm = DocxEditing.EditDocument(Blank(FormDefinitions.SharingWithoutConsent), document => DocxEditing.Type(document, "risks[+2].concerns", "Threats by text"));

        var fromBlank = WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(blankForm));
        var fromCompleted = WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(docx));

        Assert.Equal("Threats by text", Assert.Single(fromBlank.Risks).Concerns);
        Assert.Equal("The victim", Assert.Single(fromCompleted.Risks).WhoIsAtRisk);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported_with_its_binding_path()
    {
        var docx = DocxEditing.EditDocument(RenderedForms.Referral, document => DocxEditing.Type(document, "children[1].dateOfBirth.date", "next Tuesday"));

        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<MaracReferral>(new MemoryStream(docx)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("children[1].dateOfBirth.date", problem.Path);
        Assert.Contains("next Tuesday", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_is_not_a_number_and_two_ticked_answers_are_both_reported()
    {
        var docx = DocxEditing.EditDocument(RenderedForms.Referral, document =>
        {
            DocxEditing.Type(document, "reasons.dashScore", "sixteen");
            DocxEditing.Tick(document, "victim.contact.safeToCall=true");
        });

        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<MaracReferral>(new MemoryStream(docx)));

        Assert.Equal(new[] { "reasons.dashScore", "victim.contact.safeToCall" }, error.Problems.Select(p => p.Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void A_deleted_control_is_reported_by_its_binding_path()
    {
        var docx = DocxEditing.EditDocument(RenderedForms.Dash, document => DocxEditing.Control(document, "victimNameOrCode").Remove());

        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        Assert.Equal("victimNameOrCode", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Conditions_left_out_for_the_regime_read_back_as_the_record_held_them_and_a_half_deleted_group_is_reported()
    {
        var basis = LawfulBasis.ForLawEnforcement(LawEnforcementBasis.NecessaryForLawEnforcementTask, "The risk is high.", "Bail conditions only.", "Home visits.")
            with { Schedule8 = Schedule8Condition.StatutoryPurposes, AppropriatePolicyDocument = true };
        var decision = new DisclosureDecision { Outcome = DisclosureOutcome.Share, CaseReference = "MARAC/EX/2026/0212", LawfulBasis = basis };
        var docx = new WordRenderer().RenderForm(decision);
        var tags = DocxEditing.ReadDocument(docx).Descendants(DocxEditing.W + "tag").Select(t => (string?)t.Attribute(DocxEditing.W + "val")).ToList();
        Assert.DoesNotContain("lawfulBasis.annex1", tags);
        Assert.Contains("lawfulBasis.schedule8", tags);

        Assert.Equal(decision, WordFormReader.Read<DisclosureDecision>(new MemoryStream(docx)));

        var halfDeleted = DocxEditing.EditDocument(docx, document => DocxEditing.Control(document, "lawfulBasis.schedule8").Remove());
        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<DisclosureDecision>(new MemoryStream(halfDeleted)));
        Assert.Equal("lawfulBasis.schedule8", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void A_deleted_control_in_an_existing_table_row_is_reported_with_the_row()
    {
        var docx = DocxEditing.EditDocument(RenderedForms.Sharing, document => DocxEditing.Control(document, "risks[1].concerns").Remove());

        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(docx)));

        Assert.Equal("risks[1].concerns", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void A_deleted_table_row_is_reported_rather_than_silently_dropped()
    {
        var docx = DocxEditing.EditDocument(RenderedForms.Sharing, document =>
            DocxEditing.Control(document, "risks[0].concerns").Ancestors(DocxEditing.W + "tr").First().Remove());

        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(docx)));

        Assert.Equal("risks[0]", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Unknown_controls_and_extra_content_are_ignored()
    {
        var docx = DocxEditing.EditDocument(RenderedForms.Dash, document =>
        {
            var body = document.Root!.Element(DocxEditing.W + "body")!;
            var stranger = new XElement(
                DocxEditing.W + "p",
                new XElement(DocxEditing.W + "r", new XElement(DocxEditing.W + "t", "A note someone added.")),
                new XElement(
                    DocxEditing.W + "sdt",
                    new XElement(DocxEditing.W + "sdtPr", new XElement(DocxEditing.W + "tag", new XAttribute(DocxEditing.W + "val", "notAMember.atAll"))),
                    new XElement(DocxEditing.W + "sdtContent", new XElement(DocxEditing.W + "r", new XElement(DocxEditing.W + "t", "ignored")))),
                new XElement(
                    DocxEditing.W + "sdt",
                    new XElement(DocxEditing.W + "sdtPr", new XElement(DocxEditing.W + "tag", new XAttribute(DocxEditing.W + "val", "[[not a path"))),
                    new XElement(DocxEditing.W + "sdtContent", new XElement(DocxEditing.W + "r", new XElement(DocxEditing.W + "t", "ignored")))));
            body.AddFirst(stranger);
        });

        Assert.Equal(SampleCase.Dash, WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_gives_a_clear_error()
    {
        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<MaracReferral>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{ \"not\": \"a docx\" }"))));

        Assert.Contains("not a Word document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_form_is_refused()
    {
        var error = Assert.Throws<FormReadException>(() => WordFormReader.Read<MaracReferral>(new MemoryStream(RenderedForms.Dash)));

        Assert.Contains("dash-checklist", error.Message, StringComparison.Ordinal);
    }
}
