using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Binding;

/// <summary>
/// The JSON shape of a record type, read from the source-generated serializer metadata so that
/// bindings are checked against exactly the names the JSON uses.
/// </summary>
internal sealed class RecordValueType
{
    private static readonly ConcurrentDictionary<Type, RecordValueType> Cache = new();

    private readonly Lazy<IReadOnlyList<RecordMember>> members;
    private readonly Type? elementType;

    private RecordValueType(Type clrType, RecordValueKind kind, Type? elementType, IReadOnlyList<string> enumValues)
    {
        ClrType = clrType;
        Kind = kind;
        EnumValues = enumValues;
        members = new Lazy<IReadOnlyList<RecordMember>>(() => kind == RecordValueKind.Object ? ReadMembers(clrType) : Array.Empty<RecordMember>());
        this.elementType = elementType;
    }

    internal Type ClrType { get; }

    internal RecordValueKind Kind { get; }

    /// <summary>For an enumeration, the JSON names of its values in declaration order.</summary>
    internal IReadOnlyList<string> EnumValues { get; }

    /// <summary>For an object, its JSON members in declaration order.</summary>
    internal IReadOnlyList<RecordMember> Members => members.Value;

    /// <summary>For a list, the type of its items.</summary>
    internal RecordValueType? Element => elementType is null ? null : For(elementType);

    internal string Describe() => Kind switch
    {
        RecordValueKind.Text => "text",
        RecordValueKind.Boolean => "true/false",
        RecordValueKind.WholeNumber => "a whole number",
        RecordValueKind.Date => "a date",
        RecordValueKind.Enumeration => "a choice of " + ClrType.Name,
        RecordValueKind.Object => "a group of fields (" + ClrType.Name + ")",
        _ => "a list of " + Element!.Describe(),
    };

    internal RecordMember? Find(string jsonName)
    {
        foreach (var member in Members)
        {
            if (member.JsonName == jsonName)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The member a pattern such as <c>children[].school</c> names, starting from this type; null when there is none.</summary>
    internal RecordMember? Resolve(string pattern)
    {
        var type = this;
        RecordMember? member = null;
        foreach (var part in pattern.Split('.'))
        {
            var name = part.EndsWith("[]", StringComparison.Ordinal) ? part.Substring(0, part.Length - 2) : part;
            if (member is not null)
            {
                type = member.Type.Kind == RecordValueKind.List ? member.Type.Element! : member.Type;
            }

            member = type.Find(name);
            if (member is null)
            {
                return null;
            }
        }

        return member;
    }

    internal static RecordValueType For(Type type) => Cache.GetOrAdd(type, Create);

    private static RecordValueType Create(Type type)
    {
        if (type == typeof(string))
        {
            return new RecordValueType(type, RecordValueKind.Text, null, Array.Empty<string>());
        }

        if (type == typeof(bool))
        {
            return new RecordValueType(type, RecordValueKind.Boolean, null, Array.Empty<string>());
        }

        if (type == typeof(int))
        {
            return new RecordValueType(type, RecordValueKind.WholeNumber, null, Array.Empty<string>());
        }

        if (type == typeof(CalendarDate))
        {
            return new RecordValueType(type, RecordValueKind.Date, null, Array.Empty<string>());
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
            return new RecordValueType(type, RecordValueKind.Enumeration, null, names);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            return new RecordValueType(type, RecordValueKind.List, type.GetGenericArguments()[0], Array.Empty<string>());
        }

        return new RecordValueType(type, RecordValueKind.Object, null, Array.Empty<string>());
    }

    private static IReadOnlyList<RecordMember> ReadMembers(Type type)
    {
        var info = MaracJsonContext.Default.GetTypeInfo(type)
            ?? throw new InvalidOperationException(type.Name + " is not part of the Marac.Forms JSON contract.");
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new InvalidOperationException(type.Name + " is not a JSON object in the Marac.Forms JSON contract.");
        }

        var result = new List<RecordMember>(info.Properties.Count);
        // A new instance shows which strings start empty rather than null.
        var fresh = RecordFactories.New(type);
        foreach (var property in info.Properties)
        {
            if (property.Get is null && property.Set is null)
            {
                continue;
            }

            var propertyType = property.PropertyType;
            var underlying = Nullable.GetUnderlyingType(propertyType);
            var isNullable = underlying is not null || propertyType == typeof(string);
            var emptyText = propertyType == typeof(string) && property.Get is not null && property.Get(fresh) is string { Length: 0 };
            result.Add(new RecordMember(property.Name, For(underlying ?? propertyType), isNullable) { DefaultsToEmptyText = emptyText });
        }

        return result;
    }
}
