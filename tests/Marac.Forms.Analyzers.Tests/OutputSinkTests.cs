using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Files, writers, HTTP, JSON and XML built by hand, trace tags, LoggerMessage.Define, NLog's builder and exceptions.</summary>
public sealed class OutputSinkTests
{
    [Fact]
    public Task Files_and_writers() => Verify.DiagnosticsAsync("""
        using System.IO;
        using System.Threading.Tasks;

        class Export
        {
            async Task M(Victim v, TextWriter report, string folder)
            {
                File.WriteAllText(Path.Combine(folder, "case.txt"), {|MARAC002:v.Name|});
                File.AppendAllText($"{folder}/{{|MARAC002:v.Name|}}.txt", "opened");
                var lines = new List<string> { v.CaseId, v.Health ?? "" };
                File.WriteAllLines("case.txt", {|MARAC002:lines|});
                await File.AppendAllLinesAsync("case.txt", new[] { v.CaseId });
                await File.WriteAllTextAsync("case.txt", $"Case {v.CaseId}, {v.VisitCount} visits");
                File.WriteAllBytes("case.bin", {|MARAC002:Encoding.UTF8.GetBytes(v.Name)|});
                report.WriteLine({|MARAC002:v.Convictions|});
                using var stream = new StreamWriter("out.csv");
                await stream.WriteLineAsync($"{v.CaseId},{{|MARAC002:v.Name|}}");
                stream.Write(v.VisitCount);
                var text = new StringWriter();
                text.Write(v.Name);
                var console = Console.Out;
                console.WriteLine(v.CaseId);
            }
        }
        """);

    [Fact]
    public Task Http_addresses_and_bodies() => Verify.DiagnosticsAsync("""
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        class Portal
        {
            async Task M(HttpClient http, Victim v)
            {
                await http.GetAsync($"api/people?name={{|MARAC002:v.Name|}}");
                await http.GetStringAsync(new Uri("https://hub.example/api/case/" + {|MARAC002:v.Name|}));
                await http.DeleteAsync($"api/case/{v.CaseId}");
                await http.PostAsync("api/notes", new StringContent({|MARAC002:v.Health|} ?? ""));
                var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["case"] = v.CaseId, ["name"] = {|MARAC002:v.Name|} });
                await http.PostAsync("api/form", form);
                await http.PostAsJsonAsync($"api/{{|MARAC002:v.Name|}}", new { v.CaseId });
                await http.GetFromJsonAsync<string>($"api/case/{v.CaseId}");
                var request = new HttpRequestMessage(HttpMethod.Get, $"api/search?q={{|MARAC002:v.Convictions|}}");
                await http.SendAsync(request);
                await http.PutAsync("api/case", JsonContent.Create({|MARAC003:{|MARAC004:v|}|}));
            }
        }
        """);

    [Fact]
    public Task Json_and_xml_built_by_hand() => Verify.DiagnosticsAsync("""
        using System.IO;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Xml;
        using Newtonsoft.Json.Linq;

        class Feed
        {
            string M(Victim v, Utf8JsonWriter writer, Newtonsoft.Json.JsonWriter legacy, XmlWriter xml)
            {
                var node = new JsonObject { ["case"] = v.CaseId, ["name"] = {|MARAC002:v.Name|} };
                node["health"] = {|MARAC002:v.Health|};
                node.Add("visits", v.VisitCount);
                var list = new JsonArray();
                list.Add({|MARAC002:v.Convictions|});
                var value = JsonValue.Create({|MARAC002:v.Name|});
                writer.WriteString("name", {|MARAC002:v.Name|});
                writer.WriteString("case", v.CaseId);
                legacy.WritePropertyName("name");
                legacy.WriteValue({|MARAC002:v.Name|});
                var token = new JObject(new JProperty("name", {|MARAC002:v.Name|}), new JProperty("case", v.CaseId));
                token["health"] = {|MARAC002:v.Health|};
                xml.WriteElementString("name", {|MARAC002:v.Name|});
                xml.WriteAttributeString("case", v.CaseId);
                Console.WriteLine(node.ToJsonString() + token + value + list);
                return JsonSerializer.Serialize(node);
            }
        }
        """);

    [Fact]
    public Task Trace_tags_logger_message_delegates_and_the_NLog_builder() => Verify.DiagnosticsAsync("""
        using System.Diagnostics;
        using Microsoft.Extensions.Logging;

        class Telemetry
        {
            private static readonly Action<ILogger, string, Exception?> Referred =
                LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Referral for {Name}");

            private static readonly Action<ILogger, string, int, Exception?> Counted =
                LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(2), "Case {Case} has {Visits} visits");

            private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>("Case {Name}");

            void M(Victim v, ILogger logger)
            {
                using var activity = new ActivitySource("hub").StartActivity("refer");
                activity?.SetTag("victim.name", {|MARAC001:v.Name|});
                activity?.AddTag("case", v.CaseId);
                activity?.AddBaggage("health", {|MARAC001:v.Health|});
                Referred(logger, {|MARAC001:v.Name|}, null);
                Counted(logger, v.CaseId, v.VisitCount, null);
                using (Scope(logger, {|MARAC001:v.Name|}))
                {
                }
            }
        }
        """);

    [Fact]
    public Task The_NLog_fluent_builder() => Verify.DiagnosticsAsync("""
        using NLog;

        class Jobs
        {
            void M(Victim v, Logger nlog)
            {
                nlog.ForInfoEvent().Message("Referral for {Name}", {|MARAC001:v.Name|}).Property("Case", v.CaseId).Log();
                nlog.ForWarnEvent().Property("Convictions", {|MARAC001:v.Convictions|}).Log();
            }
        }
        """);

    [Fact]
    public Task Exception_messages_and_data() => Verify.DiagnosticsAsync("""
        using Microsoft.Extensions.Logging;

        public sealed class ReferralRejectedException : Exception
        {
            public ReferralRejectedException(Victim victim) : base("Referral rejected for " + {|MARAC001:victim.Name|})
            {
            }

            public ReferralRejectedException(string caseId, Exception inner) : base("Referral rejected for case " + caseId, inner)
            {
            }
        }

        class Intake
        {
            void M(Victim v, ILogger logger)
            {
                try
                {
                    if (v.Name.Length == 0)
                    {
                        throw new InvalidOperationException($"No address for {{|MARAC001:v.Name|}}");
                    }

                    throw new ArgumentException($"Case {v.CaseId} is closed", nameof(v));
                }
                catch (Exception ex)
                {
                    ex.Data["postcode"] = {|MARAC001:v.Home.Postcode|};
                    ex.Data.Add("case", v.CaseId);
                    var wrapped = new ApplicationException("Intake failed: " + {|MARAC001:v.Health|}, ex);
                    logger.LogError(wrapped, "Intake failed for case {Case}", v.CaseId);
                    logger.LogError(ex, "Message was {Message}", wrapped.Message);
                }
            }
        }
        """);
}
