using System.Reflection;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Tests.Records;

public class ToStringTests
{
    private const string Marker = "SECRET";

    public static IEnumerable<object[]> RecordTypes() =>
        typeof(MaracReferral).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is not null)
            .Where(HoldsPersonalData)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new object[] { t });

    [Fact]
    public void Every_form_record_is_covered()
    {
        var covered = RecordTypes().Select(r => (Type)r[0]).ToArray();

        Assert.Contains(typeof(MaracReferral), covered);
        Assert.Contains(typeof(DashChecklist), covered);
        Assert.Contains(typeof(SharingWithoutConsentRecord), covered);
        Assert.Contains(typeof(DisclosureDecision), covered);
        Assert.Contains(typeof(PersonName), covered);
        Assert.True(covered.Length >= 20, $"only {covered.Length} record types found");
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void ToString_never_prints_restricted_values(Type recordType)
    {
        var populated = Populate(recordType, depth: 0);

        var text = populated.ToString()!;

        Assert.DoesNotContain(Marker, text);
        Assert.Contains(recordType.Name, text);
    }

    [Fact]
    public void The_populator_really_sets_restricted_strings()
    {
        var name = (PersonName)Populate(typeof(PersonName), 0);

        Assert.StartsWith(Marker, name.GivenNames);
        Assert.StartsWith(Marker, name.Aliases[0]);
    }

    private static bool HoldsPersonalData(Type type) =>
        type.GetProperties().Any(p => p.GetCustomAttribute<RestrictedPersonalDataAttribute>() is not null);

    private static object Populate(Type type, int depth)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var value = ValueFor(property.PropertyType, property.Name, depth);
            if (value is not null)
            {
                property.SetValue(instance, value);
            }
        }

        return instance;
    }

    private static object? ValueFor(Type type, string name, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return Marker + "-" + name;
        }

        if (underlying == typeof(CalendarDate))
        {
            return new CalendarDate(1999, 12, 31);
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying == typeof(int))
        {
            return 424242;
        }

        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).GetValue(Enum.GetValues(underlying).Length - 1);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            var item = ValueFor(underlying.GetGenericArguments()[0], name, depth + 1);
            if (item is null)
            {
                return null;
            }

            var array = Array.CreateInstance(underlying.GetGenericArguments()[0], 1);
            array.SetValue(item, 0);
            return Activator.CreateInstance(underlying, array);
        }

        if (underlying.IsClass && underlying.GetConstructor(Type.EmptyTypes) is not null && depth < 4)
        {
            return Populate(underlying, depth + 1);
        }

        return null;
    }
}
