using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>MARAC002 at every serialiser: System.Text.Json, Newtonsoft.Json, XmlSerializer, DataContractSerializer.</summary>
public sealed class SerialiserSinkTests
{
    [Fact]
    public Task System_text_json_entry_points() => Verify.DiagnosticsAsync("""
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;

        class C
        {
            string A(Victim v) => JsonSerializer.Serialize({|MARAC003:{|MARAC004:v|}|});
            string B(Victim v) => JsonSerializer.Serialize({|MARAC002:v.Name|});
            byte[] D(CaseFile file) => JsonSerializer.SerializeToUtf8Bytes({|MARAC003:{|MARAC004:file|}|});
            Task E(Stream stream, Victim v) => JsonSerializer.SerializeAsync(stream, {|MARAC003:{|MARAC004:v|}|});
            JsonElement F(Victim v) => JsonSerializer.SerializeToElement({|MARAC003:{|MARAC004:v|}|});
            string G(Victim v) => JsonSerializer.Serialize(new { v.CaseId, {|MARAC002:v.Name|} });
            string H(Referral r) => JsonSerializer.Serialize({|MARAC002:r|});
            Task<HttpResponseMessage> I(HttpClient client, Victim v) => client.PostAsJsonAsync("cases", {|MARAC003:{|MARAC004:v|}|});
            string J(Worker w, Victim v) => JsonSerializer.Serialize(w) + JsonSerializer.Serialize(v.CaseId);
        }
        """);

    /// <summary>Also compiled against each sink release in <see cref="SinkReleaseTests"/>.</summary>
    internal const string NewtonsoftJson = """
        using System.IO;
        using Newtonsoft.Json;
        using Newtonsoft.Json.Linq;

        class C
        {
            string A(Victim v) => JsonConvert.SerializeObject({|MARAC003:{|MARAC004:v|}|});
            string B(Victim v) => JsonConvert.SerializeObject({|MARAC002:v.Health|}, Formatting.Indented);
            void D(TextWriter writer, CaseFile file) => new JsonSerializer().Serialize(writer, {|MARAC003:{|MARAC004:file|}|});
            JToken E(Victim v) => JToken.FromObject({|MARAC003:{|MARAC004:v|}|});
            JObject F(Victim v) => JObject.FromObject({|MARAC003:{|MARAC004:v|}|});
            string G(Worker w) => JsonConvert.SerializeObject(w);
        }
        """;

    [Fact]
    public Task Newtonsoft_entry_points() => Verify.DiagnosticsAsync(NewtonsoftJson);

    [Fact]
    public Task Xml_and_data_contract_serialisers() => Verify.DiagnosticsAsync("""
        using System.IO;
        using System.Runtime.Serialization;
        using System.Runtime.Serialization.Json;
        using System.Xml.Serialization;

        class C
        {
            void A(Stream stream, Victim v) => new XmlSerializer(typeof(Victim)).Serialize(stream, {|MARAC003:{|MARAC004:v|}|});
            void B(Stream stream, Victim v) => new DataContractSerializer(typeof(Victim)).WriteObject(stream, {|MARAC003:{|MARAC004:v|}|});
            void D(Stream stream, Victim v) => new DataContractJsonSerializer(typeof(Victim)).WriteObject(stream, {|MARAC003:{|MARAC004:v|}|});
            void E(Stream stream, Worker w) => new XmlSerializer(typeof(Worker)).Serialize(stream, w);
        }
        """);

    [Fact]
    public Task Each_serialiser_honours_its_own_ignore_attributes() => Verify.DiagnosticsAsync("""
        using System.IO;
        using System.Runtime.Serialization;
        using System.Text.Json;
        using System.Xml.Serialization;
        using Marac.Forms.DataProtection;

        public sealed class Summary
        {
            public string CaseId { get; set; } = "";

            [System.Text.Json.Serialization.JsonIgnore]
            [Newtonsoft.Json.JsonIgnore]
            [RestrictedPersonalData]
            public string Name { get; set; } = "";
        }

        public sealed class XmlSummary
        {
            public string CaseId { get; set; } = "";

            [XmlIgnore]
            [RestrictedPersonalData]
            public string Name { get; set; } = "";
        }

        public sealed class WrittenWhenSet
        {
            [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
            [RestrictedPersonalData]
            public string? Name { get; set; }
        }

        [DataContract]
        public sealed class Contract
        {
            [DataMember]
            public string CaseId { get; set; } = "";

            [RestrictedPersonalData]
            public string Name { get; set; } = "";
        }

        class C
        {
            void M(Stream stream, Summary s, XmlSummary x, WrittenWhenSet w, Contract c)
            {
                JsonSerializer.Serialize(s);
                Newtonsoft.Json.JsonConvert.SerializeObject(s);
                new XmlSerializer(typeof(Summary)).Serialize(stream, {|MARAC002:s|});
                new XmlSerializer(typeof(XmlSummary)).Serialize(stream, x);
                JsonSerializer.Serialize({|MARAC002:x|});
                JsonSerializer.Serialize({|MARAC002:w|});
                new DataContractSerializer(typeof(Contract)).WriteObject(stream, c);
                JsonSerializer.Serialize({|MARAC002:c|});
            }
        }
        """);

    [Fact]
    public Task A_converter_writing_inside_a_serialisation_is_not_a_new_disclosure() => Verify.DiagnosticsAsync("""
        using System.Text.Json;
        using System.Text.Json.Serialization;

        sealed class VictimConverter : JsonConverter<Victim>
        {
            public override Victim Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new();

            public override void Write(Utf8JsonWriter writer, Victim value, JsonSerializerOptions options)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("name");
                JsonSerializer.Serialize(writer, value.Name, options);
                writer.WriteEndObject();
            }
        }

        sealed class NewtonsoftVictimConverter : Newtonsoft.Json.JsonConverter<Victim>
        {
            public override Victim ReadJson(Newtonsoft.Json.JsonReader reader, Type objectType, Victim? existingValue, bool hasExistingValue, Newtonsoft.Json.JsonSerializer serializer) => new();

            public override void WriteJson(Newtonsoft.Json.JsonWriter writer, Victim? value, Newtonsoft.Json.JsonSerializer serializer) =>
                serializer.Serialize(writer, value?.Name);
        }
        """);
}
