using System.Text.Json.Serialization.Metadata;

namespace Marac.Forms.Json;

/// <summary>Builds and caches the <see cref="JsonShape"/> of each record type from the serializer's metadata.</summary>
internal static class JsonShapes
{
    private static readonly Dictionary<Type, JsonShape> Cache = new();

    /// <summary>The shape of values of <paramref name="type"/>.</summary>
    /// <exception cref="NotSupportedException">The type is not part of the Marac.Forms records.</exception>
    internal static JsonShape For(Type type)
    {
        lock (Cache)
        {
            return Build(type);
        }
    }

    private static JsonShape Build(Type type)
    {
        if (Cache.TryGetValue(type, out var cached))
        {
            return cached;
        }

        JsonShape shape;
        if (type == typeof(string))
        {
            shape = TextShape.Instance;
        }
        else if (type == typeof(bool))
        {
            shape = BooleanShape.Instance;
        }
        else if (type == typeof(int))
        {
            shape = IntegerShape.Instance;
        }
        else if (type == typeof(CalendarDate))
        {
            shape = DateShape.Instance;
        }
        else if (type.IsEnum)
        {
            shape = new EnumShape(EnumNames.For(type));
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            shape = new ListShape(Build(type.GetGenericArguments()[0]));
        }
        else
        {
            return BuildObject(type);
        }

        Cache.Add(type, shape);
        return shape;
    }

    private static ObjectShape BuildObject(Type type)
    {
        var info = MaracJsonOptions.Default.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new NotSupportedException($"{type.Name} has no JSON shape: it is not a Marac.Forms record.");
        }

        var shape = new ObjectShape(type);
        Cache.Add(type, shape);
        try
        {
            InitialiseMembers(shape, info);
        }
        catch
        {
            Cache.Remove(type);
            throw;
        }

        return shape;
    }

    private static void InitialiseMembers(ObjectShape shape, JsonTypeInfo info)
    {
        var type = shape.RecordType;

        // A member may be null only if a new record leaves it null: members that always hold a value
        // (nested records, non-nullable strings such as LawfulBasis.Reasons) must not be null in a file either.
        var fresh = RecordFactories.New(type);
        var members = new List<ShapeMember>();
        foreach (var property in info.Properties)
        {
            if (property.Get is null && property.Set is null)
            {
                continue; // ignored ([JsonIgnore]) members: computed, never written
            }

            if (property.Get is null || property.Set is null)
            {
                throw new NotSupportedException($"{type.Name}.{property.Name} can be only read or only written, so files would not round-trip.");
            }

            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            var allowsNull = underlying is not null || (!property.PropertyType.IsValueType && property.Get(fresh) is null);
            members.Add(new ShapeMember(property, Build(underlying ?? property.PropertyType), allowsNull));
        }

        shape.Initialise(members);
    }
}
