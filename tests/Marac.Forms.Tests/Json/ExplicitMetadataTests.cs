using System.Text.Json.Serialization.Metadata;
using Marac.Forms.DataProtection;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>
/// The per-type lists that replace run-time reflection (so the library is safe to trim and to compile ahead of time)
/// name exactly the records, enums and lists the JSON contract holds, and each entry makes the right type.
/// </summary>
public sealed class ExplicitMetadataTests
{
    private static readonly Contract Reachable = Contract.Walk();

    [Fact]
    public void Every_record_of_the_contract_has_a_factory_and_nothing_else_does()
    {
        Assert.Equal(Sorted(Reachable.Records), Sorted(RecordFactories.All.Keys));
    }

    [Fact]
    public void Each_factory_makes_a_new_record_of_its_own_type()
    {
        foreach (var (type, create) in RecordFactories.All)
        {
            var first = create();
            Assert.IsType(type, first);
            Assert.NotSame(first, create());
        }
    }

    [Fact]
    public void Every_enum_of_the_contract_has_a_strict_converter_and_nothing_else_does()
    {
        Assert.Equal(Sorted(Reachable.Enums), Sorted(StrictEnumConverterFactory.Converters.Keys));
        foreach (var (type, create) in StrictEnumConverterFactory.Converters)
        {
            Assert.Equal(type, create().Type);
        }
    }

    [Fact]
    public void Every_list_of_the_contract_has_a_converter_and_nothing_else_does()
    {
        Assert.Equal(Sorted(Reachable.ListItems), Sorted(ValueListJsonConverterFactory.Converters.Keys));
        foreach (var (itemType, create) in ValueListJsonConverterFactory.Converters)
        {
            Assert.Equal(typeof(ValueList<>).MakeGenericType(itemType), create().Type);
        }
    }

    [Fact]
    public void A_type_outside_the_contract_is_refused_by_name()
    {
        var enumError = Assert.Throws<NotSupportedException>(() => new StrictEnumConverterFactory().CreateConverter(typeof(DayOfWeek), MaracJsonOptions.Default));
        var recordError = Assert.Throws<NotSupportedException>(() => RecordFactories.New(typeof(Uri)));

        Assert.Contains("DayOfWeek", enumError.Message);
        Assert.Contains("Uri", recordError.Message);
    }

    [Fact]
    public void A_list_of_an_applications_own_items_still_round_trips_where_the_runtime_can_make_code()
    {
        ValueList<Uri> links = [new Uri("https://example.org/a"), new Uri("https://example.org/b")];

        string json = System.Text.Json.JsonSerializer.Serialize(links);

        Assert.Equal("[\"https://example.org/a\",\"https://example.org/b\"]", json);
        Assert.Equal(links, System.Text.Json.JsonSerializer.Deserialize<ValueList<Uri>>(json));
    }

    private static string[] Sorted(IEnumerable<Type> types) => types.Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The types reachable from the four forms and the lawful basis through the source-generated metadata.</summary>
    private sealed class Contract
    {
        internal HashSet<Type> Records { get; } = new();

        internal HashSet<Type> Enums { get; } = new();

        internal HashSet<Type> ListItems { get; } = new();

        internal static Contract Walk()
        {
            var contract = new Contract();
            foreach (var root in FormTypes.All.Select(f => f.RecordType()).Append(typeof(LawfulBasis)))
            {
                contract.Visit(root);
            }

            return contract;
        }

        private void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(CalendarDate))
            {
                return;
            }

            if (type.IsEnum)
            {
                Enums.Add(type);
                return;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                var item = type.GetGenericArguments()[0];
                ListItems.Add(item);
                Visit(item);
                return;
            }

            if (!Records.Add(type))
            {
                return;
            }

            var info = MaracJsonOptions.Default.GetTypeInfo(type);
            Assert.Equal(JsonTypeInfoKind.Object, info.Kind);
            foreach (var property in info.Properties)
            {
                if (property.Get is not null || property.Set is not null)
                {
                    Visit(property.PropertyType);
                }
            }
        }
    }
}
