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

        if (!MaracJsonOptions.Default.TryGetTypeInfo(type, out var info))
        {
            throw NotARecord(type);
        }

        if (info.Kind == JsonTypeInfoKind.Object)
        {
            return BuildObject(info);
        }

        var shape = info.Converter switch
        {
            IStrictEnumConverter enumConverter => new JsonShape(type, JsonShapeKind.Enumeration, enumNames: enumConverter.Names),
            IValueListConverter listConverter => new JsonShape(type, JsonShapeKind.List, element: Build(listConverter.ItemType)),
            CalendarDateJsonConverter => new JsonShape(type, JsonShapeKind.Date),
            _ when type == typeof(string) => new JsonShape(type, JsonShapeKind.Text),
            _ when type == typeof(bool) => new JsonShape(type, JsonShapeKind.Boolean),
            _ when type == typeof(int) => new JsonShape(type, JsonShapeKind.WholeNumber),
            _ => throw NotARecord(type),
        };
        Cache.Add(type, shape);
        return shape;
    }

    private static JsonShape BuildObject(JsonTypeInfo info)
    {
        var shape = new JsonShape(info.Type, JsonShapeKind.Object);
        Cache.Add(info.Type, shape);
        try
        {
            shape.Initialise(ReadMembers(info));
        }
        catch
        {
            Cache.Remove(info.Type);
            throw;
        }

        return shape;
    }

    private static NotSupportedException NotARecord(Type type) => new($"{type.Name} has no JSON shape: it is not a Marac.Forms record.");

    private static List<ShapeMember> ReadMembers(JsonTypeInfo info)
    {
        var type = info.Type;
        // One null rule: a member may be null exactly when its declared type is nullable (T?), as the source
        // generator read the annotations (RespectNullableAnnotations, so the serializer applies the same rule).
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
            var allowsNull = underlying is not null || (!property.PropertyType.IsValueType && property.IsGetNullable && property.IsSetNullable);
            members.Add(new ShapeMember(property, Build(underlying ?? property.PropertyType), allowsNull));
        }

        return members;
    }
}
