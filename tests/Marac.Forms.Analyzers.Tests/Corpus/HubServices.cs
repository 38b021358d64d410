// A fictional council safeguarding hub: controllers, services, jobs and integrations.
// Labelled corpus: a line ending "// leak: ID[, ID]" must draw exactly those rules; a line ending
// "// ok" is a sink or a lawful-basis value that must draw nothing. Every other line must draw nothing.
// "gap: ID" marks a leak a careful reviewer would flag that the analyzers do not find yet: it counts
// against recall, and the test fails once it is found, so the label is kept honest.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using System.Xml;
using Hub.Model;
using Marac.Forms.DataProtection;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Hub.Services;

public sealed class PlacementService
{
    private readonly ILogger<PlacementService> logger;

    public PlacementService(ILogger<PlacementService> logger) => this.logger = logger;

    public void Confirm(HubCase hubCase, RefugePlacement placement)
    {
        logger.LogInformation("Case {Case} placed at {Refuge}", hubCase.CaseNumber, placement.RefugeName); // leak: MARAC001
        logger.LogInformation("Placement postcode {Postcode}", placement.Postcode); // leak: MARAC001
        logger.LogInformation("Placement starts {From:d}", placement.From); // leak: MARAC001
        logger.LogInformation("Scheme {Scheme}", RefugePlacement.Scheme); // ok
        logger.LogInformation("Case {Case} has a placement: {Has}", hubCase.CaseNumber, hubCase.Placement is not null); // ok
        Console.WriteLine($"Placed case {hubCase.CaseNumber} in {hubCase.Placement?.Address}"); // leak: MARAC001
        Console.WriteLine($"Address length {placement.Address.Length}"); // ok
    }

    public void Note(ClinicalNote note, string caseNumber)
    {
        logger.LogDebug("Note by {Author} on {Case}", note.Author, caseNumber); // leak: MARAC001
        logger.LogDebug("Note text {Text}", note.Text); // leak: MARAC001
        logger.LogDebug("Note recorded on {Case}", caseNumber); // ok
    }
}

public sealed class HousingIntegration
{
    private readonly ILogger<HousingIntegration> logger;
    private readonly HttpClient http;
    private readonly Redactor redactor;

    public HousingIntegration(ILogger<HousingIntegration> logger, HttpClient http, IRedactorProvider redactors)
    {
        this.logger = logger;
        this.http = http;
        redactor = redactors.GetRedactor(HubTaxonomy.Personal);
    }

    public async Task SyncAsync(TenancyRecord tenancy)
    {
        logger.LogInformation("Syncing tenancy {Ref} on {Estate}", tenancy.TenancyRef, tenancy.Estate); // ok
        logger.LogInformation("Tenant {Name}", tenancy.TenantName); // leak: MARAC001
        logger.LogInformation("Tenant {Name}", redactor.Redact(tenancy.TenantName)); // ok
        await http.GetAsync($"housing/tenancies/{tenancy.TenancyRef}"); // ok
        await http.GetAsync($"housing/search?name={Uri.EscapeDataString(tenancy.TenantName)}"); // leak: MARAC002
        await http.PostAsync("housing/contact", new StringContent(tenancy.SafeContactPhone ?? "")); // leak: MARAC002
        await http.PostAsJsonAsync("housing/sync", new { tenancy.TenancyRef, tenancy.Estate }); // ok
        await http.PostAsJsonAsync("housing/sync", tenancy); // leak: MARAC002
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["ref"] = tenancy.TenancyRef, ["estate"] = tenancy.Estate }); // ok
        await http.PostAsync("housing/form", form);
    }
}

public sealed class CaseExport
{
    public void WriteCsv(IEnumerable<HubCase> cases, string folder)
    {
        using var writer = new StreamWriter(Path.Combine(folder, "cases.csv"));
        writer.WriteLine("case,status,score"); // ok
        foreach (var hubCase in cases)
        {
            writer.WriteLine($"{hubCase.CaseNumber},{hubCase.Status},{hubCase.Victim.RiskScore}"); // ok
            writer.WriteLine($"{hubCase.CaseNumber},{hubCase.Victim.FullName}"); // leak: MARAC002
        }
    }

    public void WriteSummary(Person person, string folder)
    {
        File.WriteAllText(Path.Combine(folder, person.CaseNumber + ".txt"), "Risk " + person.RiskScore); // ok
        File.WriteAllText(Path.Combine(folder, person.FullName + ".txt"), "Risk " + person.RiskScore); // leak: MARAC002
        File.AppendAllLines(Path.Combine(folder, "health.txt"), new[] { person.CaseNumber, person.MentalHealthNotes ?? "" }); // leak: MARAC002
        var lines = new List<string> { person.CaseNumber, person.Borough };
        File.WriteAllLines(Path.Combine(folder, "borough.txt"), lines); // ok
        var text = new StringWriter();
        text.Write(person.FullName); // ok
    }
}

public sealed class PartnerFeed
{
    public string BuildNode(Person person)
    {
        var node = new JsonObject { ["case"] = person.CaseNumber, ["borough"] = person.Borough }; // ok
        node["name"] = person.FullName; // leak: MARAC002
        node["dob"] = person.DateOfBirth?.ToString("yyyy-MM-dd"); // leak: MARAC002
        node.Add("score", person.RiskScore); // ok
        return node.ToJsonString(); // ok
    }

    public void WriteStream(Person person, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("case", person.CaseNumber); // ok
        writer.WriteString("offences", person.Offences); // leak: MARAC002
        writer.WriteEndObject();
    }

    public JObject BuildLegacy(Person person)
    {
        var token = new JObject(new JProperty("case", person.CaseNumber)); // ok
        token["name"] = person.FullName; // leak: MARAC002
        token.Add(new JProperty("immigration", person.ImmigrationStatus)); // leak: MARAC004
        return token;
    }

    public void WriteXml(Person person, XmlWriter xml)
    {
        xml.WriteElementString("case", person.CaseNumber); // ok
        xml.WriteElementString("name", person.FullName); // leak: MARAC002
    }
}

public sealed class ReferralTelemetry
{
    private static readonly ActivitySource Source = new("Hub.Referrals");

    private static readonly Action<ILogger, string, Exception?> ReferralReceived =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(10), "Referral received for {Name}");

    private static readonly Action<ILogger, string, int, Exception?> ReferralScored =
        LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(11), "Referral {Case} scored {Score}");

    public void Received(ILogger logger, Person person)
    {
        using var activity = Source.StartActivity("referral");
        activity?.SetTag("hub.case", person.CaseNumber); // ok
        activity?.SetTag("hub.name", person.FullName); // leak: MARAC001
        activity?.AddBaggage("hub.gender", person.GenderHistoryNotes); // leak: MARAC003
        ReferralReceived(logger, person.FullName, null); // leak: MARAC001
        ReferralScored(logger, person.CaseNumber, person.RiskScore, null); // ok
    }
}

public sealed class ReferralRejectedException : Exception
{
    public ReferralRejectedException(string caseNumber) : base("Referral rejected for case " + caseNumber) // ok
    {
    }

    public ReferralRejectedException(Person person) : base("Referral rejected for " + person.FullName) // leak: MARAC001
    {
    }
}

public sealed class ReferralValidator
{
    private readonly ILogger<ReferralValidator> logger;

    public ReferralValidator(ILogger<ReferralValidator> logger) => this.logger = logger;

    public void Validate(Person person)
    {
        if (person.DateOfBirth is null)
        {
            throw new ArgumentException($"Case {person.CaseNumber} has no date of birth", nameof(person)); // ok
        }

        if (person.RiskScore < 0)
        {
            throw new InvalidOperationException($"Negative score for {person.FullName}"); // leak: MARAC001
        }

        try
        {
            Check(person);
        }
        catch (Exception ex)
        {
            ex.Data["case"] = person.CaseNumber; // ok
            ex.Data["health"] = person.MentalHealthNotes; // leak: MARAC001
            logger.LogError(ex, "Validation failed for {Case}", person.CaseNumber); // ok
            throw new ReferralRejectedException(person.CaseNumber); // ok
        }
    }

    private static void Check(Person person)
    {
        if (person.Borough.Length == 0)
        {
            throw new InvalidOperationException("No borough"); // ok
        }
    }
}

public sealed class MaracSharing
{
    private readonly ILogger<MaracSharing> logger;

    public MaracSharing(ILogger<MaracSharing> logger) => this.logger = logger;

    public void Share(Person person, string reasons)
    {
        var incomplete = LawfulBasis.For(Article6Basis.PublicTask, string.Empty, "Name and date of birth", "Safety planning"); // leak: MARAC005
        var blank = LawfulBasis.For(Article6Basis.PublicTask, "Risk to life", "Name", string.Empty + " "); // leak: MARAC005
        var complete = LawfulBasis.For(Article6Basis.PublicTask, "High risk of serious harm", "Name", "Safety planning at the MARAC"); // ok
        var fromForm = LawfulBasis.For(Article6Basis.PublicTask, reasons, "Name", "Safety planning at the MARAC"); // ok
        using (DisclosureScope.Begin(complete))
        {
            logger.LogInformation("Shared {Name} with the MARAC", person.FullName); // ok
        }

        logger.LogInformation("Shared case {Case}", person.CaseNumber); // ok
        _ = incomplete;
        _ = blank;
        _ = fromForm;
    }

    public string Payload(Person person) => JsonSerializer.Serialize(new { person.CaseNumber, person.Borough, person.RiskScore }); // ok

    public string Leaky(Person person) => JsonSerializer.Serialize(person); // leak: MARAC003, MARAC004
}

public sealed class CaseHandover
{
    private readonly ILogger<CaseHandover> logger;

    public CaseHandover(ILogger<CaseHandover> logger) => this.logger = logger;

    [LawfulBasis(Article6Basis.PublicTask, "Case transferred to the neighbouring borough's hub", "The case file", "Continuing the safety plan")]
    public string Transfer(HubCase hubCase, TenancyRecord tenancy)
    {
        logger.LogInformation("Transferring {@Children}", hubCase.Children); // leak: MARAC003, MARAC004
        logger.LogInformation("Tenancy {@Tenancy}", tenancy); // ok
        return JsonSerializer.Serialize(hubCase); // leak: MARAC003, MARAC004
    }

    [LawfulBasis(Article6Basis.PublicTask, "Court ordered the case file and the MARAC agreed", "The case file", "Family court proceedings",
        GenderRecognitionExemption = GenderRecognitionExemption.CourtOrderOrProceedings, ImmigrationSharingAgreement = "MARAC minute 2026-10/2",
        Article9 = Article9Condition.LegalClaims, Article10 = Schedule1Condition.LegalClaims)]
    public string ForCourt(HubCase hubCase) => JsonSerializer.Serialize(hubCase); // ok

    public string Unrecorded(TenancyRecord tenancy) => JsonSerializer.Serialize(tenancy); // leak: MARAC002
}

public sealed class GpLiaison
{
    private readonly ILogger<GpLiaison> logger;

    public GpLiaison(ILogger<GpLiaison> logger) => this.logger = logger;

    [LawfulBasis(Article6Basis.PublicTask, "High risk; the GP is part of the safety plan", "Mental-health notes", "Safety planning at the MARAC")]
    public string ToGp(Person person) => JsonSerializer.Serialize(new { person.CaseNumber, person.MentalHealthNotes }); // leak: MARAC007

    [LawfulBasis(Article6Basis.PublicTask, "High risk; the GP is part of the safety plan", "Mental-health notes", "Safety planning at the MARAC",
        Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk)]
    public string ToGpWithConditions(Person person) => JsonSerializer.Serialize(new { person.CaseNumber, person.MentalHealthNotes }); // ok

    public void ToProbation(Person person)
    {
        var basis = LawfulBasis.For(Article6Basis.PublicTask, "Perpetrator programme referral", "Previous convictions", "Risk management");
        using (DisclosureScope.Begin(basis))
        {
            logger.LogInformation("Convictions {Convictions}", person.Offences); // leak: MARAC007
        }

        using (DisclosureScope.Begin(basis with { Article10 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk }))
        {
            logger.LogInformation("Convictions {Convictions}", person.Offences); // ok
        }
    }

    [LawfulBasis(Article6Basis.PublicTask, "The GP asked for the clinical note for the safety plan", "One clinical note", "Safety planning at the MARAC")]
    public string Note(ClinicalNote note) => JsonSerializer.Serialize(note); // leak: MARAC007

    public void FromDecision(Person person, LawfulBasis decided) => logger.LogInformation("Notes {Notes}", person.MentalHealthNotes); // ok
}

public sealed class CaseAudit
{
    private readonly ILogger<CaseAudit> logger;
    private string lastName = "";

    public CaseAudit(ILogger<CaseAudit> logger) => this.logger = logger;

    public void Remember(Person person) => lastName = person.FullName;

    public void Flush() => logger.LogInformation("Last person seen {Name}", lastName); // leak: MARAC001

    public void Record(Person person) => Write(person.FullName); // leak: MARAC001

    public void RecordCase(Person person) => Write(person.CaseNumber); // ok

    private void Write(string text) => logger.LogInformation("Audit {Text}", text); // ok
}

public static class HubLogExtensions
{
    public static void CaseEvent(this ILogger logger, string caseNumber, string detail) => logger.LogInformation("Case {Case}: {Detail}", caseNumber, detail); // ok

    public static void Disclosed(this ILogger logger, string detail, LawfulBasis basis) => logger.LogInformation("Disclosed {Detail} under {Basis}", detail, basis); // ok
}

public static class HubJson
{
    public static string Serialise<T>(T value) => JsonSerializer.Serialize(value); // ok
}

public sealed class PartnerDto
{
    public string CaseNumber { get; set; } = "";

    public string? Name { get; set; }
}

public sealed class ReferralPipeline
{
    private readonly ILogger<ReferralPipeline> logger;

    public ReferralPipeline(ILogger<ReferralPipeline> logger) => this.logger = logger;

    public void Run(Person person, LawfulBasis? maybe)
    {
        logger.CaseEvent(person.CaseNumber, "received"); // ok
        logger.CaseEvent(person.CaseNumber, person.FullName); // leak: MARAC001
        logger.CaseEvent(person.CaseNumber, $"score {person.RiskScore}"); // ok
        _ = HubJson.Serialise(person.Offences); // leak: MARAC002
        _ = HubJson.Serialise(new { person.CaseNumber }); // ok
        logger.LogInformation("Partner copy {@Dto}", ToPartner(person)); // leak: MARAC001
        logger.LogInformation("Label {Label}", Label(person)); // leak: MARAC001
        logger.LogInformation("Reference {Ref}", Reference(person)); // ok
        var complete = LawfulBasis.For(Article6Basis.PublicTask, "High risk of serious harm", "Name", "MARAC safety planning"); // ok
        logger.Disclosed(person.FullName, complete); // ok
        _ = maybe;
    }

    private static PartnerDto ToPartner(Person person) => new() { CaseNumber = person.CaseNumber, Name = person.FullName };

    private static string Label(Person person) => person.FullName + " (" + person.Borough + ")";

    private static string Reference(Person person) => "HUB-" + person.CaseNumber;
}

public sealed record ContactCard(string CaseNumber, [property: RestrictedPersonalData] string Phone); // leak: MARAC006

public sealed record CaseTag(string CaseNumber, string Borough); // ok

public sealed class ContactSheet
{
    private readonly ILogger<ContactSheet> logger;

    public ContactSheet(ILogger<ContactSheet> logger) => this.logger = logger;

    public void Print(Person person)
    {
        var display = person.FullName;
        logger.LogInformation("Sheet for {Name}", display); // leak: MARAC001
        display = Redact.Value(person.FullName);
        logger.LogInformation("Sheet for {Name}", display); // ok
        display = "anonymous";
        logger.LogInformation("Sheet for {Name}", display); // ok
        logger.LogInformation("Masked {Name}", Mask(person.FullName)); // ok
        logger.LogInformation("Shouted {Name}", Shout(person.FullName)); // leak: MARAC001
        var basis = LawfulBasis.For(Article6Basis.PublicTask, "High risk of serious harm", "Name", "MARAC safety planning"); // ok
        var scope = DisclosureScope.Begin(basis);
        try
        {
            logger.LogInformation("Disclosing {Name}", person.FullName); // ok
        }
        finally
        {
            scope.Dispose();
        }

        logger.LogInformation("Card {Card}", new ContactCard(person.CaseNumber, "")); // leak: MARAC001
        logger.LogInformation("Tag {Tag}", new CaseTag(person.CaseNumber, person.Borough)); // ok
    }

    private static string Mask(string text) => Redact.Value(text);

    private static string Shout(string text) => text.ToUpperInvariant();
}

public sealed class TriageBoard
{
    private readonly ILogger<TriageBoard> logger;

    public TriageBoard(ILogger<TriageBoard> logger) => this.logger = logger;

    public void Flag(Person person, IReadOnlyList<Person> household)
    {
        logger.LogInformation("Case {Case} refugee: {Refugee}", person.CaseNumber, person.ImmigrationStatus == "Refugee"); // leak: MARAC004
        logger.LogInformation("Case {Case} history noted: {Noted}", person.CaseNumber, person.GenderHistoryNotes is not null); // leak: MARAC003
        logger.LogInformation("Household has status: {Any}", household.Any(p => !string.IsNullOrEmpty(p.ImmigrationStatus))); // leak: MARAC004
        logger.LogInformation("Case {Case} has health notes: {Noted}", person.CaseNumber, person.MentalHealthNotes is not null); // ok
        logger.LogInformation("Case {Case} named: {Named}", person.CaseNumber, person.FullName.Length > 0); // ok
    }
}
