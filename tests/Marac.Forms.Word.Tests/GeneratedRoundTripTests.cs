using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.Definitions;
using Marac.Forms.TestData;

namespace Marac.Forms.Word.Tests;

/// <summary>
/// Render to Word and read back, for generated forms (60 of each of the four, so 240 in all): the record
/// comes back equal to what a form can carry (see <see cref="WordFormSemantics"/>).
/// </summary>
public sealed class GeneratedRoundTripTests
{
    private static readonly System.Text.Json.JsonSerializerOptions DiffOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    [Fact]
    public void Generated_referrals_come_back_equal() =>
        Prop.ForAll(FormArbitraries.MaracReferral, (MaracReferral form) => RoundTrip(form, FormDefinitions.MaracReferral)).Check(Runs);

    [Fact]
    public void Generated_Dash_checklists_come_back_equal_with_the_Scottish_local_questions() =>
        Prop.ForAll(FormArbitraries.DashChecklist, (DashChecklist form) => RoundTrip(form, FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland))).Check(Runs);

    [Fact]
    public void Generated_sharing_records_come_back_equal() =>
        Prop.ForAll(FormArbitraries.SharingWithoutConsentRecord, (SharingWithoutConsentRecord form) => RoundTrip(form, FormDefinitions.SharingWithoutConsent)).Check(Runs);

    [Fact]
    public void Generated_disclosure_decisions_come_back_equal() =>
        Prop.ForAll(FormArbitraries.DisclosureDecision, (DisclosureDecision form) => RoundTrip(form, FormDefinitions.DisclosureDecision)).Check(Runs);

    [Fact]
    public void Fully_populated_Dash_checklists_come_back_equal_with_the_national_form() =>
        Prop.ForAll(FormArbitraries.FullyPopulatedDashChecklist, (DashChecklist form) => RoundTrip(form, FormDefinitions.DashChecklist)).Check(Config.QuickThrowOnFailure.WithMaxTest(20));

    private static void RoundTrip<T>(T form, FormDefinition definition)
        where T : class
    {
        using var docx = new MemoryStream();
        new WordRenderer().RenderForm(form, docx, definition: definition);
        docx.Position = 0;

        var read = WordFormReader.Read<T>(docx, definition);

        var expected = WordFormSemantics.AsTheFormCarriesIt(form);
        if (!expected.Equals(read))
        {
            // The records hide their content from ToString; compare their JSON to show what differs.
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected, DiffOptions), System.Text.Json.JsonSerializer.Serialize(read, DiffOptions));
        }

        Assert.Equal(expected, read);
    }
}
