// A realistic slice of an agency's case-management code that uses no data-protection attributes:
// the analyzers must stay silent on all of it.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Serialization;
using Microsoft.Extensions.Logging;

namespace Agency.Intake;

public enum Priority
{
    Routine,
    Urgent,
    Immediate,
}

public sealed record Client(string Reference, string FirstName, string LastName, DateOnly? BornOn, string? Postcode);

public sealed record Incident(DateTimeOffset ReportedAt, string Summary, Priority Priority, IReadOnlyList<string> Tags);

[DataContract]
public sealed class CaseRecord
{
    [DataMember]
    public string Reference { get; set; } = "";

    [DataMember]
    public Client? Client { get; set; }

    [DataMember]
    public List<Incident> Incidents { get; set; } = new();

    public string? InternalNotes { get; set; }

    public override string ToString() => $"Case {Reference} ({Incidents.Count} incidents)";
}

public sealed class ReferralRequest
{
    public string Reference { get; set; } = "";
    public string ReferrerEmail { get; set; } = "";
    public string Body { get; set; } = "";
    public Dictionary<string, string> Answers { get; set; } = new();
}

public interface ICaseStore
{
    Task<CaseRecord?> FindAsync(string reference, CancellationToken cancellationToken);
    Task SaveAsync(CaseRecord record, CancellationToken cancellationToken);
}

public sealed class IntakeService
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private readonly ILogger<IntakeService> logger;
    private readonly ICaseStore store;
    private readonly HttpClient http;
    private readonly Serilog.ILogger audit;
    private static readonly NLog.Logger Trace = NLog.LogManager.GetCurrentClassLogger();

    public IntakeService(ILogger<IntakeService> logger, ICaseStore store, HttpClient http, Serilog.ILogger audit)
    {
        this.logger = logger;
        this.store = store;
        this.http = http;
        this.audit = audit;
    }

    public async Task<CaseRecord> ReceiveAsync(ReferralRequest request, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("Referral {Reference}", request.Reference);
        logger.LogInformation("Received referral {Reference} from {Referrer} with {Count} answers", request.Reference, request.ReferrerEmail, request.Answers.Count);
        var stopwatch = Stopwatch.StartNew();
        var existing = await store.FindAsync(request.Reference, cancellationToken);
        if (existing is not null)
        {
            logger.LogWarning("Referral {Reference} already exists: {Existing}", request.Reference, existing);
            return existing;
        }

        var client = ParseClient(request);
        var record = new CaseRecord
        {
            Reference = request.Reference,
            Client = client,
            Incidents = { new Incident(DateTimeOffset.UtcNow, request.Body, Classify(request), request.Answers.Keys.ToList()) },
        };

        await store.SaveAsync(record, cancellationToken);
        audit.Information("Case {Reference} created for {@Client} in {Elapsed} ms", record.Reference, client, stopwatch.ElapsedMilliseconds);
        Trace.Info("Stored {Reference} with {@Record}", record.Reference, record);
        Console.WriteLine($"Stored {record} for {client.FirstName} {client.LastName}");
        Debug.WriteLine("Answers: " + string.Join(", ", request.Answers.Select(a => a.Key + "=" + a.Value)));
        return record;
    }

    public async Task ForwardAsync(CaseRecord record, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(record, Options);
        logger.LogDebug("Forwarding {Length} bytes: {Payload}", payload.Length, payload);
        using var response = await http.PostAsJsonAsync("cases", record, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            logger.LogError("Forwarding {Reference} failed with {Status}: {Body}", record.Reference, (int)response.StatusCode, body);
            throw new HttpRequestException($"Forwarding {record.Reference} failed: {response.StatusCode}");
        }
    }

    public string Export(IEnumerable<CaseRecord> records, string format)
    {
        var list = records.ToList();
        switch (format)
        {
            case "json":
                return Newtonsoft.Json.JsonConvert.SerializeObject(list, Newtonsoft.Json.Formatting.Indented);
            case "xml":
                var serializer = new XmlSerializer(typeof(List<CaseRecord>));
                using (var writer = new StringWriter())
                {
                    serializer.Serialize(writer, list);
                    return writer.ToString();
                }

            case "contract":
                using (var stream = new MemoryStream())
                {
                    new DataContractSerializer(typeof(List<CaseRecord>)).WriteObject(stream, list);
                    return Encoding.UTF8.GetString(stream.ToArray());
                }

            default:
                var builder = new StringBuilder();
                foreach (var record in list)
                {
                    builder.Append(record.Reference).Append(';').Append(record.Client?.LastName).AppendLine();
                }

                return builder.ToString();
        }
    }

    public void Report(IReadOnlyList<CaseRecord> records)
    {
        var byPriority = records
            .SelectMany(r => r.Incidents)
            .GroupBy(i => i.Priority)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var (priority, count) in byPriority)
        {
            Console.WriteLine("{0}: {1}", priority, count);
            System.Diagnostics.Trace.TraceInformation("{0} incidents at {1}", count, priority);
        }

        var newest = records.OrderByDescending(r => r.Incidents.Max(i => i.ReportedAt)).FirstOrDefault();
        logger.LogInformation("Newest case {Case}", newest?.Reference ?? "none");
        Console.Error.WriteLine(newest is null ? "No cases" : $"Newest: {newest}");
    }

    private static Client ParseClient(ReferralRequest request)
    {
        request.Answers.TryGetValue("firstName", out var first);
        request.Answers.TryGetValue("lastName", out var last);
        request.Answers.TryGetValue("postcode", out var postcode);
        DateOnly? born = request.Answers.TryGetValue("dob", out var dob) && DateOnly.TryParse(dob, out var parsed) ? parsed : null;
        return new Client(request.Reference, first ?? "", last ?? "", born, postcode);
    }

    private static Priority Classify(ReferralRequest request) =>
        request.Body.Contains("weapon", StringComparison.OrdinalIgnoreCase) ? Priority.Immediate
        : request.Answers.Count > 10 ? Priority.Urgent
        : Priority.Routine;
}

public sealed class ClientConverter : JsonConverter<Client>
{
    public override Client? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Client>(ref reader);

    public override void Write(Utf8JsonWriter writer, Client value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("reference", value.Reference);
        writer.WriteString("name", value.FirstName + " " + value.LastName);
        writer.WriteEndObject();
    }
}

public static partial class IntakeLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Client {Reference} named {Name}")]
    public static partial void ClientNamed(ILogger logger, string reference, string name);

    public static void Describe(ILogger logger, Client client) =>
        ClientNamed(logger, client.Reference, $"{client.FirstName} {client.LastName}");
}
