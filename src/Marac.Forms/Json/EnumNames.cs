using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>The camel-case JSON names of one enum type's members, in declaration order.</summary>
internal sealed class EnumNames
{
    private static readonly Dictionary<Type, EnumNames> Cache = new();

    private readonly Dictionary<string, object> valuesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string> namesByValue = new();

    private EnumNames(Type enumType)
    {
        EnumType = enumType;
        var names = new List<string>();
        foreach (var member in Enum.GetNames(enumType))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(member);
            var value = Enum.Parse(enumType, member);
            names.Add(name);
            valuesByName.Add(name, value);
            namesByValue.Add(value, name);
        }

        Names = names;
    }

    internal Type EnumType { get; }

    /// <summary>The accepted names, in declaration order.</summary>
    internal IReadOnlyList<string> Names { get; }

    internal static EnumNames For(Type enumType)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(enumType, out var names))
            {
                names = new EnumNames(enumType);
                Cache.Add(enumType, names);
            }

            return names;
        }
    }

    internal bool TryGetValue(string name, out object value) => valuesByName.TryGetValue(name, out value!);

    internal bool TryGetName(object value, out string name) => namesByValue.TryGetValue(value, out name!);

    /// <summary>The accepted names quoted and listed, for messages: "a", "b" or "c".</summary>
    internal string Describe() => Quoted.List(Names, "or");
}
