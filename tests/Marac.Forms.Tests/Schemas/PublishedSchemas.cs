using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Marac.Forms.DataProtection;
using Marac.Forms.Definitions.Parsing;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Schemas;

/// <summary>
/// Builds the JSON Schemas published under <c>docs/schemas</c>: one per form file, generated from the records with
/// System.Text.Json's <see cref="JsonSchemaExporter"/> and the library's own serializer options, and one for form
/// definition files. The converters the exporter cannot see into (strict enum names, dates, <see cref="ValueList{T}"/>)
/// are described here from the same metadata the reader uses.
/// </summary>
internal static class PublishedSchemas
{
    internal const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Where the schemas live, relative to the repository root.</summary>
    internal const string Folder = "docs/schemas";

    internal static string FormFileName(FormType formType) => formType.Id() + ".schema.json";

    internal const string DefinitionFileName = "form-definition.schema.json";

    /// <summary>Every schema, by file name, as the text checked in.</summary>
    internal static IReadOnlyDictionary<string, string> All()
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var formType in FormTypes.All)
        {
            all[FormFileName(formType)] = Text(ForFormFile(formType));
        }

        all[DefinitionFileName] = Text(ForDefinitionFile());
        return all;
    }

    internal static JsonObject ForFormFile(FormType formType) => new()
    {
        ["$schema"] = Draft,
        ["title"] = "Marac.Forms file: " + formType.Id(),
        ["description"] = "A " + formType.Id() + " form and the lawful basis for processing it, as MaracJson writes and reads it. Generated from the records; do not edit.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string", ["description"] = "The address of this schema, for editors." },
            ["formType"] = new JsonObject { ["const"] = formType.Id() },
            ["formVersion"] = new JsonObject { ["const"] = MaracJson.FormatVersion },
            ["lawfulBasis"] = Export(typeof(LawfulBasis)),
            ["form"] = Export(formType.RecordType()),
        },
        ["required"] = new JsonArray("formType", "formVersion", "lawfulBasis", "form"),
        ["additionalProperties"] = false,
    };

    /// <summary>
    /// Form definition files are read by the definition loader, not deserialized into records, so this schema is
    /// written from the loader's rules: the header strictly, sections and items by their common members. The loader
    /// checks each item kind's own members and every binding, with line and column.
    /// </summary>
    internal static JsonObject ForDefinitionFile()
    {
        var known = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string" },
            ["format"] = new JsonObject { ["const"] = 1 },
            ["id"] = NonEmptyText(),
            ["name"] = NonEmptyText(),
            ["version"] = NonEmptyText(),
            ["language"] = new JsonObject { ["type"] = "string", ["description"] = "A BCP 47 language tag; en-GB when left out." },
            ["record"] = new JsonObject { ["enum"] = new JsonArray(FormTypes.Ids.Select(id => (JsonNode?)id).ToArray()), ["description"] = "Which form the definition lays out, by its identifier." },
            ["marking"] = new JsonObject { ["type"] = "string" },
            ["settings"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
            ["retentionFrom"] = new JsonObject { ["type"] = "string" },
            ["phrases"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
            ["optionSets"] = new JsonObject { ["type"] = "object" },
            ["sections"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["id"] = NonEmptyText(),
                        ["heading"] = new JsonObject { ["type"] = "string" },
                        ["printWhen"] = new JsonObject { ["type"] = "object" },
                        ["items"] = new JsonObject
                        {
                            ["type"] = "array",
                            ["items"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["type"] = "string" } },
                            },
                        },
                    },
                    ["required"] = new JsonArray("id", "heading", "items"),
                },
            },
        };

        // The loader's own list of top-level members decides which are allowed; members it has that are not described above are left open.
        var properties = new JsonObject();
        foreach (var member in DefinitionParser.TopLevelMembers)
        {
            properties[member] = known[member]?.DeepClone() ?? new JsonObject();
        }

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "Marac.Forms form definition",
            ["description"] = "A form definition: which form it lays out, its wording, sections and the record member each field shows. The loader checks each item kind's members and every binding.",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray("format", "id", "name", "version", "record", "sections"),
            ["additionalProperties"] = false,
        };
    }

    /// <summary>The text as checked in: indented with two spaces, "\n" line ends, a final new line.</summary>
    internal static string Text(JsonNode schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JsonObject NonEmptyText() => new() { ["type"] = "string", ["minLength"] = 1 };

    private static JsonNode Export(Type type) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(MaracJsonOptions.Default, type, ExporterOptions);

    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = Describe,
    };

    /// <summary>
    /// Fills in what the serializer's custom converters hide from the exporter, closes every object, and gives each
    /// member the reader's own null rule (<see cref="ShapeMember.AllowsNull"/>), so the schema and the reader agree.
    /// </summary>
    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var described = DescribeType(context.TypeInfo.Type, schema);
        if (context.PropertyInfo is { DeclaringType: var owner } property
            && JsonShapes.For(owner) is { Kind: JsonShapeKind.Object } shape
            && shape.Members.FirstOrDefault(m => m.Name == property.Name) is { } member)
        {
            SetNullAllowed(described, member.AllowsNull);
        }

        return described;
    }

    private static JsonNode DescribeType(Type type, JsonNode schema)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var model = JsonShapes.For(underlying);
        switch (model.Kind)
        {
            case JsonShapeKind.Enumeration:
                return new JsonObject { ["enum"] = new JsonArray(model.EnumNames!.Names.Select(n => (JsonNode?)n).ToArray()) };
            case JsonShapeKind.Date:
                return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
            case JsonShapeKind.List:
                return new JsonObject { ["type"] = "array", ["items"] = Export(model.Element!.ClrType) };
        }

        if (schema is JsonObject shape && shape["properties"] is JsonObject)
        {
            // Any member of a record may be left out (the reader and the writer agree): only the basis's statements are required.
            shape.Remove("required");
            shape["additionalProperties"] = false;
            if (underlying == typeof(LawfulBasis))
            {
                // Every file records the reasons, extent and permitted use of the processing: the reader refuses a basis without them.
                shape["required"] = new JsonArray(new LawfulBasis().MissingStatements().Select(m => (JsonNode?)m).ToArray());
            }
        }

        return schema;
    }

    /// <summary>Adds null to, or takes it from, what a member's schema accepts.</summary>
    private static void SetNullAllowed(JsonNode schema, bool allowsNull)
    {
        if (schema is not JsonObject shape)
        {
            return;
        }

        if (shape["enum"] is JsonArray names)
        {
            var hasNull = names.Any(n => n is null);
            if (allowsNull && !hasNull)
            {
                names.Add(null);
            }
            else if (!allowsNull && hasNull)
            {
                names.Remove(names.First(n => n is null));
            }

            return;
        }

        var types = shape["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => new List<string> { one.GetValue<string>() },
            _ => null,
        };
        if (types is null)
        {
            return;
        }

        types.Remove("null");
        if (allowsNull)
        {
            types.Add("null");
        }

        shape["type"] = types.Count == 1 ? types[0] : new JsonArray(types.Select(t => (JsonNode?)t).ToArray());
    }
}
