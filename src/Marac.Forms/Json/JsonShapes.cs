using System.Text.Json.Serialization.Metadata;

namespace Marac.Forms.Json;

/// <summary>Builds the <see cref="JsonShape"/> of each record type once, from the source-generated serializer metadata.</summary>
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
            shape = new JsonShape(type, JsonShapeKind.Text);
        }
        else if (type == typeof(bool))
        {
            shape = new JsonShape(type, JsonShapeKind.Boolean);
        }
        else if (type == typeof(int))
        {
            shape = new JsonShape(type, JsonShapeKind.WholeNumber);
        }
        else if (type == typeof(CalendarDate))
        {
            shape = new JsonShape(type, JsonShapeKind.Date);
        }
        else if (type.IsEnum)
        {
            shape = new JsonShape(type, JsonShapeKind.Enumeration, enumNames: EnumNames.For(type));
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            shape = new JsonShape(type, JsonShapeKind.List, element: Build(type.GetGenericArguments()[0]));
        }
        else
        {
            return BuildObject(type);
        }

        Cache.Add(type, shape);
        return shape;
    }

    private static JsonShape BuildObject(Type type)
    {
        var info = MaracJsonOptions.Default.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new NotSupportedException($"{type.Name} has no JSON shape: it is not a Marac.Forms record.");
        }

        var shape = new JsonShape(type, JsonShapeKind.Object);
        Cache.Add(type, shape);
        try
        {
            shape.Initialise(ReadMembers(type, info));
        }
        catch
        {
            Cache.Remove(type);
            throw;
        }

        return shape;
    }

    private static List<ShapeMember> ReadMembers(Type type, JsonTypeInfo info)
    {
        // One null rule: a member may be null exactly when its declared type is nullable (T?). System.Text.Json 8,
        // which net8.0 builds use, does not expose reference types' annotations, so they are read off a new record:
        // the records give every non-nullable reference member a value (a nested record, empty text, an empty list)
        // and leave every nullable one null. A test checks this against the annotations themselves.
        var fresh = RecordFactories.New(type);
        var members = new List<ShapeMember>(info.Properties.Count);
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

        return members;
    }
}
