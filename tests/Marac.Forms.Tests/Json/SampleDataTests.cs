using System.Text.RegularExpressions;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>The fictional cases in samples/data read, validate clean, meet the criteria they claim, and look fictional.</summary>
public sealed class SampleDataTests
{
    private static readonly ValidationOptions Today = new() { Today = new CalendarDate(2026, 11, 1) };

    private static readonly string SamplesDirectory = Path.Combine(AppContext.BaseDirectory, "samples", "data");

    public static TheoryData<string> SampleFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SamplesDirectory, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(SamplesDirectory, file).Replace('\\', '/'));
        }

        return files;
    }

    [Fact]
    public void There_are_five_cases_and_thirteen_files()
    {
        Assert.Equal(
            new[] { "case-complete", "high-risk-score", "names-in-many-scripts", "professional-judgement", "repeat-referral" },
            Directory.GetDirectories(SamplesDirectory).Select(Path.GetFileName).OrderBy(d => d, StringComparer.Ordinal));
        Assert.Equal(13, Directory.GetFiles(SamplesDirectory, "*.json", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Each_file_reads_as_the_form_its_name_says_and_validates_clean(string file)
    {
        var read = ReadSample(file);

        var name = Path.GetFileNameWithoutExtension(file);
        var expected = name switch
        {
            "referral" => FormType.MaracReferral,
            "dash" => FormType.DashChecklist,
            "sharing-without-consent" => FormType.SharingWithoutConsent,
            _ when name.StartsWith("disclosure-", StringComparison.Ordinal) => FormType.DisclosureDecision,
            _ => throw new InvalidOperationException("Unexpected sample file " + file),
        };
        Assert.Equal(expected, read.FormType);
        Assert.True(read.LawfulBasis.IsComplete);

        var report = read.Form switch
        {
            MaracReferral r => r.Validate(Today),
            DashChecklist d => d.Validate(Today),
            SharingWithoutConsentRecord s => s.Validate(Today),
            DisclosureDecision x => x.Validate(Today),
            _ => throw new InvalidOperationException(),
        };
        Assert.True(report.IsValid, file + ": " + report);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Each_file_is_exactly_what_MaracJson_writes_for_it_after_its_schema_link(string file)
    {
        var text = File.ReadAllText(Path.Combine(SamplesDirectory, file));
        var read = MaracJson.ReadAny(text, file);
        var schemaLink = "  \"$schema\": \"../../../docs/schemas/" + read.FormType.Id() + ".schema.json\",\n";

        Assert.StartsWith("{\n" + schemaLink, text, StringComparison.Ordinal);
        Assert.Equal(text.Remove(2, schemaLink.Length), MaracJson.Write(read.Form, read.LawfulBasis));
    }

    [Theory]
    [InlineData("case-complete", 16, new[] { ReferralCriterion.VisibleHighRisk, ReferralCriterion.PotentialEscalation })]
    [InlineData("high-risk-score", 18, new[] { ReferralCriterion.VisibleHighRisk })]
    [InlineData("professional-judgement", 9, new[] { ReferralCriterion.ProfessionalJudgement })]
    [InlineData("repeat-referral", 10, new[] { ReferralCriterion.Repeat })]
    [InlineData("names-in-many-scripts", 14, new[] { ReferralCriterion.VisibleHighRisk })]
    public void Each_case_meets_exactly_the_criteria_it_claims(string caseName, int score, ReferralCriterion[] criteria)
    {
        var referral = (MaracReferral)ReadSample(caseName + "/referral.json").Form;
        var dash = (DashChecklist)ReadSample(caseName + "/dash.json").Form;

        Assert.Equal(score, dash.Score);
        Assert.Equal(dash.Score, referral.Reasons.DashScore);
        Assert.Equal(dash.CompletedOn, referral.Reasons.DashCompletedOn);
        Assert.Equal(criteria, referral.EvaluateCriteria().Met);
        Assert.Equal(criteria, dash.EvaluateCriteria(referral.Reasons, referral.ReferralDate).Met);
    }

    [Fact]
    public void Professional_judgement_case_is_below_the_score_threshold_with_a_stated_concern()
    {
        var referral = (MaracReferral)ReadSample("professional-judgement/referral.json").Form;

        Assert.True(referral.Reasons.DashScore < DashItems.VisibleHighRiskThreshold);
        Assert.True(referral.Reasons.ProfessionalJudgement);
        Assert.False(string.IsNullOrWhiteSpace(referral.Reasons.ProfessionalJudgementConcern));
    }

    [Fact]
    public void Repeat_case_has_an_incident_within_twelve_months_of_the_last_referral()
    {
        var reasons = ((MaracReferral)ReadSample("repeat-referral/referral.json").Form).Reasons;

        Assert.True(reasons.Repeat);
        Assert.True(reasons.LatestIncidentDate > reasons.LastReferralDate);
        Assert.True(reasons.LatestIncidentDate <= reasons.LastReferralDate!.Value.AddMonths(12));
    }

    [Fact]
    public void Complete_case_shares_without_consent_and_records_one_decision_to_share_and_one_not_to()
    {
        var referral = (MaracReferral)ReadSample("case-complete/referral.json").Form;
        var sharing = (SharingWithoutConsentRecord)ReadSample("case-complete/sharing-without-consent.json").Form;
        var decisions = Directory.GetFiles(Path.Combine(SamplesDirectory, "case-complete"), "disclosure-*.json")
            .Select(f => MaracJson.Read<DisclosureDecision>(File.ReadAllText(f), f).Form)
            .ToArray();

        Assert.False(referral.ConsentGiven);
        Assert.False(string.IsNullOrWhiteSpace(referral.SharingWithoutConsentReference));
        Assert.Equal(referral.Victim.Name, sharing.VictimName);
        Assert.Equal(referral.Children, sharing.Children);
        Assert.Contains(decisions, d => d.Outcome == DisclosureOutcome.Share);
        Assert.Contains(decisions, d => d.Outcome == DisclosureOutcome.DoNotShare);
    }

    [Fact]
    public void Names_case_spells_names_in_polish_turkish_greek_cyrillic_and_vietnamese_including_children()
    {
        var referral = (MaracReferral)ReadSample("names-in-many-scripts/referral.json").Form;
        var people = new[] { referral.Victim.Name }
            .Concat(referral.Perpetrators.Select(p => p.Name))
            .Concat(referral.Children.Select(c => c.Name))
            .Select(n => n.GivenNames + " " + n.FamilyName)
            .Concat(new[] { referral.Referrer.Name!, referral.LineManager.Name!, referral.SafeToTalkTo!, referral.NotSafeToTalkTo! })
            .ToArray();
        var children = referral.Children.Select(c => c.Name.GivenNames + " " + c.Name.FamilyName).ToArray();

        Assert.Contains(people, n => n.IndexOfAny("ąćęłńóśźż".ToCharArray()) >= 0);
        Assert.Contains(people, n => n.IndexOfAny("çğıöşüİ".ToCharArray()) >= 0);
        Assert.Contains(people, n => n.Any(c => c >= '\u0370' && c <= '\u03FF'));
        Assert.Contains(people, n => n.Any(c => c >= '\u0400' && c <= '\u04FF'));
        Assert.Contains(people, n => n.Any(c => c >= '\u1EA0' && c <= '\u1EF9'));
        Assert.Contains(children, n => n.IndexOfAny("ąćęłńóśźż".ToCharArray()) >= 0);
        Assert.Contains(children, n => n.Any(c => c >= '\u1EA0' && c <= '\u1EF9'));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Contact_details_and_places_are_visibly_fictional(string file)
    {
        var text = File.ReadAllText(Path.Combine(SamplesDirectory, file));

        foreach (Match email in Regex.Matches(text, @"[\w.+-]+@[\w.-]+"))
        {
            Assert.EndsWith(".example", email.Value, StringComparison.Ordinal);
        }

        foreach (Match phone in Regex.Matches(text, @"\b0\d{3,4} ?\d{6}\b"))
        {
            Assert.Matches(@"^(01632 960\d{3}|07700 900\d{3})$", phone.Value);
        }

        foreach (Match postcode in Regex.Matches(text, "\"postcode\": \"([^\"]*)\""))
        {
            Assert.StartsWith("QQ", postcode.Groups[1].Value, StringComparison.Ordinal);
        }

        foreach (Match school in Regex.Matches(text, "\"school\": \"([^\"]*)\""))
        {
            Assert.EndsWith("(fictional)", school.Groups[1].Value, StringComparison.Ordinal);
        }

        foreach (Match agency in Regex.Matches(text, "\"(?:recipient|referringAgency)\": \\{\\s*\"name\": \"([^\"]*)\""))
        {
            Assert.EndsWith("(fictional)", agency.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    private static FormFile ReadSample(string file) =>
        MaracJson.ReadAny(File.ReadAllText(Path.Combine(SamplesDirectory, file)), file);
}
