using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.DataProtection;
using Marac.Forms.Json;
using Marac.Forms.TestData;

namespace Marac.Forms.Tests.Json;

/// <summary>Writing a form and reading it back gives an equal record, for hand-written and generated forms.</summary>
public sealed class MaracJsonRoundTripTests
{
    private const int GeneratedForms = 1_000;

    [Fact]
    public void Hand_written_referral_round_trips()
    {
        var file = MaracJson.Read<MaracReferral>(MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis));

        Assert.Equal(JsonTestForms.Referral, file.Form);
        Assert.Equal(JsonTestForms.Basis, file.LawfulBasis);
        Assert.Equal(FormType.MaracReferral, file.FormType);
        Assert.Equal("Ελένη", file.Form.Victim.Name.GivenNames);
        Assert.Equal("Hillcrest Primary (fictional)", file.Form.Children[0].School);
    }

    [Fact]
    public void Hand_written_dash_round_trips_through_a_stream_and_as_any_form()
    {
        using var stream = new MemoryStream();
        MaracJson.Write(JsonTestForms.Dash, stream, JsonTestForms.Basis);

        stream.Position = 0;
        var typed = MaracJson.Read<DashChecklist>(stream);
        stream.Position = 0;
        var any = MaracJson.ReadAny(stream);

        Assert.Equal(JsonTestForms.Dash, typed.Form);
        Assert.Equal(2, typed.Form.Score);
        var dash = Assert.IsType<FormFile<DashChecklist>>(any);
        Assert.Equal(JsonTestForms.Dash, dash.Form);
        Assert.Same(dash.Form, any.Form);
    }

    [Fact]
    public void An_empty_form_round_trips()
    {
        foreach (var form in new object[] { new MaracReferral(), new DashChecklist(), new SharingWithoutConsentRecord(), new DisclosureDecision() })
        {
            var file = MaracJson.ReadAny(MaracJson.Write(form, JsonTestForms.Basis));

            Assert.Equal(form, file.Form);
        }
    }

    [Fact]
    public void Members_left_out_of_a_file_keep_the_value_a_new_record_has()
    {
        const string json = """
            {
              "formType": "disclosure-decision", "formVersion": "1.0",
              "lawfulBasis": { "article6": "publicTask", "reasons": "r", "extent": "e", "permittedUse": "u" },
              "form": { "lawfulBasis": { "reasons": "Not necessary." } }
            }
            """;

        var decision = MaracJson.Read<DisclosureDecision>(json).Form;

        Assert.Equal(new DisclosureDecision { LawfulBasis = new LawfulBasis { Reasons = "Not necessary." } }, decision);
        Assert.Equal(string.Empty, decision.LawfulBasis!.Extent);
        Assert.Equal(string.Empty, decision.LawfulBasis.PermittedUse);
        Assert.NotNull(decision.Recipient);
    }

    [Fact]
    public void A_local_item_without_an_identifier_reads_as_empty_not_null()
    {
        var dash = MaracJson.DeserializeForm<DashChecklist>(System.Text.Json.Nodes.JsonNode.Parse("""{ "localItems": [ {} ] }""")!);

        Assert.Equal(string.Empty, dash.LocalItems[0].ItemId);
        Assert.Equal(new LocalDashAnswer(), dash.LocalItems[0]);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis))).ToArray();

        var file = MaracJson.Read<DashChecklist>(new MemoryStream(bytes));

        Assert.Equal(JsonTestForms.Dash, file.Form);
    }

    [Fact]
    public void Members_may_come_in_any_order_and_the_form_may_come_before_its_type()
    {
        const string json = """
            {
              "form": { "completedOn": "2026-10-11", "victimNameOrCode": "Client EX-7" },
              "lawfulBasis": { "reasons": "r", "permittedUse": "u", "extent": "e", "article6": "vitalInterests" },
              "formVersion": "1.0",
              "formType": "dash-checklist"
            }
            """;

        var file = MaracJson.Read<DashChecklist>(json);

        Assert.Equal(new DashChecklist { VictimNameOrCode = "Client EX-7", CompletedOn = new CalendarDate(2026, 10, 11) }, file.Form);
        Assert.Equal(Article6Basis.VitalInterests, file.LawfulBasis.Article6);
    }

    [Fact]
    public void Generated_referrals_round_trip() =>
        CheckRoundTrip(FormGenerators.AnyUnicode.MaracReferral, seed: 101);

    [Fact]
    public void Generated_dash_checklists_round_trip() =>
        CheckRoundTrip(FormGenerators.AnyUnicode.DashChecklist, seed: 202);

    [Fact]
    public void Generated_sharing_records_round_trip() =>
        CheckRoundTrip(FormGenerators.AnyUnicode.SharingWithoutConsentRecord, seed: 303);

    [Fact]
    public void Generated_disclosure_decisions_round_trip() =>
        CheckRoundTrip(FormGenerators.AnyUnicode.DisclosureDecision, seed: 404);

    [Fact]
    public void Fully_populated_forms_round_trip()
    {
        CheckRoundTrip(FormGenerators.FullyPopulated.MaracReferral, seed: 505, count: 100);
        CheckRoundTrip(FormGenerators.FullyPopulated.DashChecklist, seed: 606, count: 100);
        CheckRoundTrip(FormGenerators.FullyPopulated.SharingWithoutConsentRecord, seed: 707, count: 100);
        CheckRoundTrip(FormGenerators.FullyPopulated.DisclosureDecision, seed: 808, count: 100);
    }

    [Fact]
    public void Generated_forms_round_trip_through_json_nodes()
    {
        var forms = Arb.From(FormGenerators.AnyUnicode.MaracReferral);

        Check.One(
            PropertyChecks.Runs(300, seed: 909),
            Prop.ForAll(forms, form => MaracJson.DeserializeForm<MaracReferral>(MaracJson.SerializeFormToNode(form, JsonTestForms.Basis)) == form));
    }

    private static void CheckRoundTrip<TForm>(Gen<TForm> forms, ulong seed, int count = GeneratedForms)
        where TForm : class
    {
        var cases = Arb.From(forms.Zip(FormGenerators.AnyUnicode.CompleteLawfulBasis));

        Check.One(
            PropertyChecks.Runs(count, seed),
            Prop.ForAll(cases, pair =>
            {
                var (form, basis) = pair;
                var file = MaracJson.Read<TForm>(MaracJson.Write(form, basis));
                return file.Form.Equals(form) && file.LawfulBasis == basis;
            }));
    }
}
