using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Documents;

/// <summary>The render-neutral document: title, marking, footer, values, tick boxes, tables and writing space.</summary>
public sealed class FormDocumentBuilderTests
{
    private static readonly MaracReferral Referral = new()
    {
        ReferralDate = new CalendarDate(2025, 2, 28),
        Victim = new VictimDetails { Name = new PersonName { GivenNames = "Αικατερίνη", Aliases = ValueList.Of("Katya", "Katerina") }, Contact = new ContactDetails { SafeToCall = false } },
        Children = ValueList.Of(new Child { School = "Ysgol y Bryn" }),
    };

    private static IEnumerable<DocumentBlock> AllBlocks(FormDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(Flatten);

    private static IEnumerable<DocumentBlock> Flatten(DocumentBlock block) => block switch
    {
        GroupBlock group => group.Blocks.SelectMany(Flatten),
        QuestionGridBlock grid => grid.Rows.SelectMany(r => r.Blocks).SelectMany(Flatten),
        FieldRowBlock row => row.Inputs.SelectMany(Flatten),
        SignatureBlock signature => new DocumentBlock?[] { signature.Name, signature.Role, signature.Date }.OfType<DocumentBlock>(),
        _ => new[] { block },
    };

    private static IEnumerable<TableCell> AllCells(FormDocument document) =>
        AllBlocks(document).OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells);

    [Fact]
    public void The_title_is_the_form_name_and_never_personal_data()
    {
        var document = FormDocumentBuilder.Build(Referral);

        Assert.Equal("MARAC referral", document.Title);
        Assert.Equal("MARAC referral (version 1.0)", document.FooterText);
        Assert.Equal(FormMarkings.OfficialSensitive, document.Marking);
        Assert.False(document.IsBlank);
    }

    private const string WithoutDate = "Review or dispose of 12 months after the referral to MARAC (the referral date is not on this form)";

    [Fact]
    public void The_review_date_is_twelve_months_after_the_referral_to_MARAC_and_says_from_when()
    {
        Assert.Equal("Review or dispose of by 28/02/2026: 12 months after the referral to MARAC on 28/02/2025", FormDocumentBuilder.Build(Referral).ReviewNotice);
        Assert.Equal(
            "Review or dispose of by 28/02/2026: 12 months after the referral to MARAC on 28/02/2025",
            FormDocumentBuilder.Build(new DashChecklist(), options: new FormDocumentOptions { ReferralDate = new CalendarDate(2025, 2, 28) }).ReviewNotice);
    }

    [Fact]
    public void Every_other_form_counts_from_the_referral_never_from_its_own_date()
    {
        var decision = new DisclosureDecision { DecidedOn = new CalendarDate(2026, 10, 22) };
        var options = new FormDocumentOptions { ReferralDate = new CalendarDate(2026, 10, 20) };

        Assert.Equal(WithoutDate, FormDocumentBuilder.Build(decision).ReviewNotice);
        Assert.Equal(
            "Review or dispose of by 20/10/2027: 12 months after the referral to MARAC on 20/10/2026",
            FormDocumentBuilder.Build(decision, options: options).ReviewNotice);
        Assert.Equal(WithoutDate, FormDocumentBuilder.Build(new SharingWithoutConsentRecord { DecisionDate = new CalendarDate(2026, 10, 21) }).ReviewNotice);
    }

    [Fact]
    public void A_form_without_the_referral_date_says_so_instead_of_printing_nothing()
    {
        Assert.Equal(WithoutDate, FormDocumentBuilder.Build(new MaracReferral()).ReviewNotice);
        Assert.Equal(WithoutDate, FormDocumentBuilder.Build(new DashChecklist()).ReviewNotice);
        Assert.Equal(WithoutDate, FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist).ReviewNotice);
    }

    [Fact]
    public void A_review_date_beyond_the_calendar_is_a_validation_problem_and_the_footer_keeps_the_rule()
    {
        var referral = Referral with { ReferralDate = new CalendarDate(9999, 12, 31) };
        var validToday = new ValidationOptions { Today = new CalendarDate(9999, 12, 31) };

        Assert.Equal(
            "Review or dispose of 12 months after the referral to MARAC on 31/12/9999: check that date, as the review would fall after 31/12/9999",
            FormDocumentBuilder.Build(referral).ReviewNotice);
        Assert.Contains(referral.Validate(validToday).At("referralDate"), p => p.Message.Contains("would fall after 31/12/9999", StringComparison.Ordinal));
        Assert.Empty((Referral with { ReferralDate = new CalendarDate(9998, 12, 31) }).Validate(validToday).At("referralDate"));
    }

    [Fact]
    public void Values_are_printed_with_dates_as_DD_MM_YYYY_and_lists_one_per_line()
    {
        var fields = AllBlocks(FormDocumentBuilder.Build(Referral)).OfType<FieldBlock>().ToDictionary(f => f.Binding);

        Assert.Equal("28/02/2025", fields["referralDate"].Value);
        Assert.Equal("Αικατερίνη", fields["victim.name.givenNames"].Value);
        Assert.Equal("Katya\nKaterina", fields["victim.name.aliases"].Value);
        Assert.Equal("Ysgol y Bryn", AllCells(FormDocumentBuilder.Build(Referral)).Single(c => c.Binding == "children[0].school").Value);
        Assert.Null(fields["victim.name.familyName"].Value);
    }

    [Fact]
    public void Tick_boxes_carry_their_state()
    {
        var choice = AllBlocks(FormDocumentBuilder.Build(Referral)).OfType<ChoiceBlock>().Single(c => c.Binding == "victim.contact.safeToCall");

        Assert.Equal(ChoicePresentation.TickBoxes, choice.Presentation);
        Assert.Equal(new[] { ("true", "Yes", false), ("false", "No", true) }, choice.Options.Select(o => (o.Value, o.Label, o.IsSelected)));
    }

    [Fact]
    public void A_blank_form_has_empty_inputs_with_writing_space_and_spare_entries()
    {
        var document = FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral);
        var fields = AllBlocks(document).OfType<FieldBlock>().ToList();

        Assert.True(document.IsBlank);
        Assert.Equal(WithoutDate, document.ReviewNotice);
        Assert.All(fields, f => Assert.Null(f.Value));
        Assert.Equal(8, fields.Single(f => f.Binding == "riskSummary").WritingLines);
        var cells = AllCells(document).ToList();
        Assert.Contains(cells, c => c.Binding == "children[+4].school" && c.WritingLines == 1);
        Assert.Contains(cells, c => c.Binding == "perpetrators[+2].address.postcode");
        Assert.DoesNotContain(cells, c => c.Binding.StartsWith("children[0]", StringComparison.Ordinal));
        Assert.All(AllBlocks(document).OfType<ChoiceBlock>(), c => Assert.DoesNotContain(c.Options, o => o.IsSelected));
    }

    [Fact]
    public void A_stacked_column_prints_a_persons_name_parts_and_address_in_one_cell_of_their_row()
    {
        var table = AllBlocks(FormDocumentBuilder.Build(Referral)).OfType<TableBlock>().Single(t => t.Binding == "children");
        var printed = table.PrintedColumns;

        Assert.Equal(new[] { "Name", "Gender", "Date of birth", "Relationship", "Address", "School, nursery or college" }, printed.Select(p => p.Header));
        var name = printed[0];
        Assert.True(name.IsStacked);
        Assert.Equal(
            new[] { ("name.givenNames", "Given name(s)"), ("name.familyName", "Family name"), ("name.aliases", "Other names used"), ("name.otherSpellings", "Other spellings") },
            table.Columns.Skip(name.FirstMember).Take(name.MemberCount).Select(c => (c.Binding, c.PartLabel!)));
        Assert.False(printed[1].IsStacked);
        Assert.Null(table.Columns[printed[1].FirstMember].PartLabel);
        Assert.Equal(table.Columns.Count, printed.Sum(p => p.MemberCount));
        Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Cells.Count));
        Assert.Equal("children[0].name.givenNames", table.Rows[0].Cells[name.FirstMember].Binding);
    }

    [Fact]
    public void The_sharing_records_two_signatures_stand_in_one_row()
    {
        var row = FormDocumentBuilder.BuildBlank(FormDefinitions.SharingWithoutConsent).Sections.SelectMany(s => s.Blocks).OfType<FieldRowBlock>()
            .Single(r => r.Inputs.Any(i => i is SignatureBlock));

        Assert.Equal(new[] { "caseworkerSignature.name", "managerSignature.name" }, row.Inputs.Cast<SignatureBlock>().Select(s => s.Name.Binding));
    }

    [Fact]
    public void Tables_have_header_columns_and_a_row_per_entry()
    {
        var record = new SharingWithoutConsentRecord
        {
            SharingLog = ValueList.Of(
                new SharingLogEntry { Agency = "Health visiting", AgencyKind = AgencyKind.Health, DateShared = new CalendarDate(2025, 1, 9) },
                new SharingLogEntry { Agency = "Wealdbridge Primary" }),
        };

        var table = AllBlocks(FormDocumentBuilder.Build(record)).OfType<TableBlock>().Single(t => t.Binding == "sharingLog");

        Assert.Equal(new[] { "dateShared", "agency", "agencyKind", "attendsMarac", "personInformed", "methodOfContact", "legalAuthority" }, table.Columns.Select(c => c.Binding));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("09/01/2025", table.Rows[0].Cells[0].Value);
        Assert.StartsWith("Health", table.Rows[0].Cells[2].Value, StringComparison.Ordinal);
        Assert.Equal("sharingLog[1].agency", table.Rows[1].Cells[1].Binding);
        Assert.NotNull(table.Columns[2].Options);
    }

    [Fact]
    public void The_Dash_score_is_printed_from_the_answers()
    {
        var dash = new DashChecklist { CurrentInjury = DashAnswer.Yes(), Strangulation = DashAnswer.Yes(), Isolated = DashAnswer.DontKnow() };

        var texts = AllBlocks(FormDocumentBuilder.Build(dash)).OfType<TextBlock>().Select(t => t.Text);

        Assert.Contains("Total number of Yes answers: 2 out of 24", texts);
    }

    [Fact]
    public void The_Dash_questions_are_one_grid_a_row_per_question_with_a_tick_column_per_answer()
    {
        var dash = new DashChecklist { Strangulation = DashAnswer.Yes("Police officer"), Isolated = DashAnswer.DontKnow() };

        var grid = Assert.Single(FormDocumentBuilder.Build(dash).Sections.Single(s => s.Id == "questions").Blocks.OfType<QuestionGridBlock>());

        Assert.Equal(new[] { string.Empty, "Question", "Yes", "No", "Don't know", "Source, if not the victim, and comment" }, grid.Columns.Select(c => c.Header));
        Assert.Equal(3, grid.AnswerColumnCount);
        Assert.Equal(24, grid.Rows.Count);
        var strangulation = grid.Rows.Single(r => r.Number == "15.");
        Assert.Equal(new[] { true, false, false }, strangulation.Response.Options.Select(o => o.IsSelected));
        Assert.Equal("strangulation.sourceIfNotVictim", strangulation.Source.Binding);
        Assert.Equal(new[] { false, false, true }, grid.Rows.Single(r => r.Number == "4.").Response.Options.Select(o => o.IsSelected));
        var injury = grid.Rows.Single(r => r.Number == "1.");
        Assert.Equal(new[] { "currentInjuryDetails", "isFirstInjury" }, injury.Details.Select(d => d is FieldBlock f ? f.Binding : ((ChoiceBlock)d).Binding));
    }

    [Fact]
    public void Short_fields_the_definition_groups_are_one_row_and_long_option_lists_take_columns()
    {
        var document = FormDocumentBuilder.Build(Referral);
        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();

        var names = blocks.OfType<FieldRowBlock>().First(r => r.Inputs.OfType<FieldBlock>().Any(f => f.Binding == "victim.name.givenNames"));
        Assert.Equal(new[] { "victim.name.givenNames", "victim.name.familyName" }, names.Inputs.OfType<FieldBlock>().Select(f => f.Binding));
        Assert.Equal("Αικατερίνη", names.Inputs.OfType<FieldBlock>().First().Value);
        var agencyKind = AllBlocks(document).OfType<ChoiceBlock>().Single(c => c.Binding == "referringAgency.kind");
        Assert.True(agencyKind.Options.Count >= 6);
        Assert.True(agencyKind.OptionColumns > 1);
        Assert.Equal(1, AllBlocks(document).OfType<ChoiceBlock>().Single(c => c.Binding == "victim.contact.safeToCall").OptionColumns);
    }

    [Fact]
    public void Help_and_notes_guide_whoever_fills_the_form_in_so_only_the_blank_form_prints_them()
    {
        var blank = AllBlocks(FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral)).ToList();
        var completed = AllBlocks(FormDocumentBuilder.Build(Referral)).ToList();

        Assert.Contains(blank, b => b is FieldBlock { Binding: "reasons.dashCompletedOn", Help: not null });
        Assert.Contains(blank, b => b is TextBlock { Style: TextStyle.Note });
        Assert.Contains(completed, b => b is FieldBlock { Binding: "reasons.dashCompletedOn", Help: null });
        Assert.DoesNotContain(completed, b => b is FieldBlock { Help: not null } or ChoiceBlock { Help: not null });
        Assert.DoesNotContain(completed, b => b is TextBlock { Style: TextStyle.Note });
    }

    [Fact]
    public void Paired_choices_stand_side_by_side_unless_a_blank_form_prints_a_long_option_list()
    {
        static IEnumerable<DocumentBlock> OutsideRows(DocumentBlock block) =>
            block is GroupBlock group ? group.Blocks.SelectMany(OutsideRows) : new[] { block };
        static IEnumerable<DocumentBlock> Blocks(FormDocument document) => document.Sections.SelectMany(s => s.Blocks).SelectMany(OutsideRows);
        static FieldRowBlock? RowOf(FormDocument document, string binding) =>
            Blocks(document).OfType<FieldRowBlock>().FirstOrDefault(r => r.Inputs.OfType<ChoiceBlock>().Any(c => c.Binding == binding));

        var completed = FormDocumentBuilder.Build(new DisclosureDecision { Outcome = DisclosureOutcome.Share });
        var blank = FormDocumentBuilder.BuildBlank(FormDefinitions.DisclosureDecision);

        Assert.Equal(
            new[] { "lawfulBasis.article6", "lawfulBasis.annex1" },
            RowOf(completed, "lawfulBasis.article6")!.Inputs.OfType<ChoiceBlock>().Select(c => c.Binding));
        Assert.Null(RowOf(blank, "lawfulBasis.article6"));
        Assert.Contains(Blocks(blank), b => b is ChoiceBlock { Binding: "lawfulBasis.article6", PrintsOptions: true });
        Assert.NotNull(RowOf(blank, "disclosingAgency.attendsMarac"));
    }

    [Fact]
    public void An_empty_input_on_a_completed_form_has_no_handwriting_space_and_a_blank_form_keeps_its_writing_space()
    {
        var completed = AllBlocks(FormDocumentBuilder.Build(Referral)).OfType<FieldBlock>().Single(f => f.Binding == "riskSummary");
        var blank = AllBlocks(FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral)).OfType<FieldBlock>().Single(f => f.Binding == "riskSummary");

        Assert.Null(completed.Value);
        Assert.Equal(0, completed.WritingLines);
        Assert.Equal(8, blank.WritingLines);
    }

    [Fact]
    public void A_definition_for_another_record_is_refused() =>
        Assert.Throws<ArgumentException>(() => FormDocumentBuilder.Build(Referral, FormDefinitions.DashChecklist));
}
