using System.Text.Json;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>The shared serializer options behave as documented: camel case, strict enums, strict numbers, unknown members refused.</summary>
public sealed class MaracJsonOptionsTests
{
    private static readonly JsonSerializerOptions Options = MaracJsonOptions.Default;

    [Fact]
    public void Member_names_are_camel_case_and_nulls_are_left_out()
    {
        var json = JsonSerializer.Serialize(new Child { School = "Hillcrest Primary (fictional)", Gender = Gender.NonBinary }, Options);

        Assert.Contains("\"school\": \"Hillcrest Primary (fictional)\"", json);
        Assert.Contains("\"gender\": \"nonBinary\"", json);
        Assert.DoesNotContain("relationshipToVictim", json);
        Assert.DoesNotContain("School", json);
    }

    [Theory]
    [InlineData("{\"school\":\"Ysgol y Bryn (fictional)\",\"school\":\"Hillcrest Primary (fictional)\"}", "school")]
    [InlineData("{\"name\":null}", "name")]
    public void The_serializer_itself_refuses_a_repeated_member_and_null_in_a_member_that_always_holds_a_value(string json, string member)
    {
        // MaracJson's shape check refuses both first, with every problem at once; the serializer applies the same rule.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Child>(json, Options));

        Assert.Contains(member, error.Path ?? error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_still_read_where_the_record_allows_it()
    {
        var child = JsonSerializer.Deserialize<Child>("{\"school\":null,\"gender\":null}", Options)!;

        Assert.Null(child.School);
        Assert.Null(child.Gender);
    }

    [Theory]
    [InlineData("\"female\"", Gender.Female)]
    [InlineData("\"nonBinary\"", Gender.NonBinary)]
    [InlineData("\"notKnown\"", Gender.NotKnown)]
    public void Enums_read_their_exact_camel_case_names(string value, Gender expected)
    {
        var child = JsonSerializer.Deserialize<Child>("{\"gender\":" + value + "}", Options)!;

        Assert.Equal(expected, child.Gender);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Female\"")]
    [InlineData("\"FEMALE\"")]
    [InlineData("\"female, male\"")]
    [InlineData("\" female\"")]
    [InlineData("\"unknown\"")]
    public void Enums_refuse_numbers_other_casings_and_combinations(string value)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Child>("{\"gender\":" + value + "}", Options));
    }

    [Fact]
    public void Undefined_enum_values_are_not_written_as_numbers()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Child { Gender = (Gender)42 }, Options));
    }

    [Theory]
    [InlineData("{\"School\":\"x\"}")]
    [InlineData("{\"schol\":\"x\"}")]
    [InlineData("{\"isEmpty\":true}")]
    public void Unknown_members_are_refused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Child>(json, Options));
    }

    [Theory]
    [InlineData("\"5\"")]
    [InlineData("5.0")]
    [InlineData("5e0")]
    [InlineData("2147483648")]
    public void Numbers_are_strict(string value)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReferralReasons>("{\"dashScore\":" + value + "}", Options));
    }

    [Fact]
    public void Lists_refuse_null_and_null_items()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PersonName>("{\"aliases\":null}", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PersonName>("{\"aliases\":[\"a\",null]}", Options));
    }

    [Fact]
    public void Every_type_that_appears_in_a_list_has_metadata()
    {
        var listItemTypes = ListItemTypes(typeof(MaracReferral))
            .Concat(ListItemTypes(typeof(DashChecklist)))
            .Concat(ListItemTypes(typeof(SharingWithoutConsentRecord)))
            .Concat(ListItemTypes(typeof(DisclosureDecision)))
            .Distinct()
            .ToArray();

        Assert.Contains(typeof(Child), listItemTypes);
        Assert.Contains(typeof(ThreatToKillTarget), listItemTypes);
        foreach (var type in listItemTypes)
        {
            Assert.NotNull(Options.GetTypeInfo(type));
        }
    }

    [Fact]
    public void Text_in_any_script_is_written_unescaped_and_only_json_specials_are_escaped()
    {
        var name = new PersonName { GivenNames = "Ελένη Наталья 秀英 𠮷 😀 فاطمة Nguyễn <b>&'", FamilyName = "a\"b\\c\nd\u0001\u0085" };

        var json = JsonSerializer.Serialize(name, Options);

        Assert.Contains("Ελένη Наталья 秀英 𠮷 😀 فاطمة Nguyễn <b>&'", json);
        Assert.Contains("a\\\"b\\\\c\\nd\\u0001\\u0085", json);
        Assert.Equal(name, JsonSerializer.Deserialize<PersonName>(json, Options));
    }

    private static IEnumerable<Type> ListItemTypes(Type type, HashSet<Type>? seen = null)
    {
        seen ??= new HashSet<Type>();
        if (!seen.Add(type))
        {
            yield break;
        }

        foreach (var property in type.GetProperties())
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                var item = propertyType.GetGenericArguments()[0];
                yield return item;
                propertyType = item;
            }

            if (propertyType.Namespace?.StartsWith("Marac.Forms", StringComparison.Ordinal) == true && propertyType.IsClass)
            {
                foreach (var nested in ListItemTypes(propertyType, seen))
                {
                    yield return nested;
                }
            }
        }
    }
}
