using System.Collections;
using System.Reflection;

namespace Marac.Forms.Tests.TestData;

/// <summary>Walks records by reflection and notes, for every settable member, whether it was seen null, set, empty or not, and which enum values appeared.</summary>
internal sealed class MemberCoverage
{
    private static readonly Dictionary<Type, (PropertyInfo Property, string Key, bool IsList, bool CanBeNull)[]> MemberCache = new();

    private readonly Dictionary<string, (bool Null, bool Set, bool Empty, bool NonEmpty, bool IsList, bool CanBeNull)> members = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, HashSet<object>> enumValues = new();

    internal IEnumerable<string> NeverNull => members.Where(m => m.Value.CanBeNull && !m.Value.Null).Select(m => m.Key);

    internal IEnumerable<string> NeverSet => members.Where(m => !m.Value.Set).Select(m => m.Key);

    internal IEnumerable<string> EverNull => members.Where(m => m.Value.Null).Select(m => m.Key);

    internal IEnumerable<string> ListsNeverEmpty => members.Where(m => m.Value.IsList && !m.Value.Empty).Select(m => m.Key);

    internal IEnumerable<string> ListsNeverFilled => members.Where(m => m.Value.IsList && !m.Value.NonEmpty).Select(m => m.Key);

    internal IEnumerable<string> ListsEverEmpty => members.Where(m => m.Value.IsList && m.Value.Empty).Select(m => m.Key);

    internal int MemberCount => members.Count;

    /// <summary>Enum values of the types met that never appeared.</summary>
    internal IEnumerable<string> MissingEnumValues() =>
        enumValues.SelectMany(e => Enum.GetValues(e.Key).Cast<object>().Where(v => !e.Value.Contains(v)).Select(v => e.Key.Name + "." + v));

    internal IEnumerable<Type> EnumTypes => enumValues.Keys;

    internal void Visit(object record)
    {
        foreach (var member in MembersOf(record.GetType()))
        {
            var value = member.Property.GetValue(record);
            members.TryGetValue(member.Key, out var seen);
            seen.IsList = member.IsList;
            seen.CanBeNull = member.CanBeNull;
            if (value is null)
            {
                seen.Null = true;
            }
            else
            {
                seen.Set = true;
                if (member.IsList)
                {
                    var items = ((IEnumerable)value).Cast<object>().ToArray();
                    seen.Empty |= items.Length == 0;
                    seen.NonEmpty |= items.Length > 0;
                    foreach (var item in items)
                    {
                        VisitValue(item);
                    }
                }
                else
                {
                    VisitValue(value);
                }
            }

            members[member.Key] = seen;
        }
    }

    private static (PropertyInfo Property, string Key, bool IsList, bool CanBeNull)[] MembersOf(Type type)
    {
        lock (MemberCache)
        {
            if (!MemberCache.TryGetValue(type, out var found))
            {
                var nullability = new NullabilityInfoContext();
                found = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.SetMethod is not null)
                    .Select(p =>
                    {
                        var underlying = Nullable.GetUnderlyingType(p.PropertyType);
                        var memberType = underlying ?? p.PropertyType;
                        var isList = memberType.IsGenericType && memberType.GetGenericTypeDefinition() == typeof(ValueList<>);
                        var canBeNull = underlying is not null || (!memberType.IsValueType && nullability.Create(p).WriteState == NullabilityState.Nullable);
                        return (p, p.DeclaringType!.Name + "." + p.Name, isList, canBeNull);
                    })
                    .ToArray();
                MemberCache[type] = found;
            }

            return found;
        }
    }

    private void VisitValue(object value)
    {
        var type = value.GetType();
        if (type.IsEnum)
        {
            if (!enumValues.TryGetValue(type, out var values))
            {
                enumValues[type] = values = new HashSet<object>();
            }

            values.Add(value);
        }
        else if (type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Marac.Forms", StringComparison.Ordinal) == true)
        {
            Visit(value);
        }
    }
}
