using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.TestData;

namespace Marac.Forms.Tests.TestData;

/// <summary>The shared generators exercise every member: absent and present, empty and filled lists, every enum value, many scripts.</summary>
public sealed class FormGeneratorsTests
{
    private const int Samples = 300;

    [Fact]
    public void Varied_forms_leave_out_and_set_every_member_and_use_every_enum_value()
    {
        var coverage = Cover(FormGenerators.Varied);

        Assert.True(coverage.MemberCount > 150, $"only {coverage.MemberCount} members were met");
        Assert.Empty(coverage.NeverNull);
        Assert.Empty(coverage.NeverSet);
        Assert.Empty(coverage.ListsNeverEmpty);
        Assert.Empty(coverage.ListsNeverFilled);
        Assert.Empty(coverage.MissingEnumValues());
        Assert.Contains(typeof(Gender), coverage.EnumTypes);
        Assert.Contains(typeof(LegacyLegalGround), coverage.EnumTypes);
        Assert.Contains(typeof(Marac.Forms.DataProtection.GenderRecognitionExemption), coverage.EnumTypes);
    }

    [Fact]
    public void Fully_populated_forms_set_every_member_and_fill_every_list()
    {
        var coverage = Cover(FormGenerators.FullyPopulated);

        Assert.Empty(coverage.EverNull);
        Assert.Empty(coverage.ListsEverEmpty);
        Assert.Empty(coverage.MissingEnumValues());
    }

    [Fact]
    public void Every_record_in_the_forms_has_a_generator()
    {
        var records = RecordsIn(typeof(MaracReferral))
            .Concat(RecordsIn(typeof(DashChecklist)))
            .Concat(RecordsIn(typeof(SharingWithoutConsentRecord)))
            .Concat(RecordsIn(typeof(DisclosureDecision)))
            .Distinct()
            .ToArray();
        var generated = typeof(FormGenerators).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Gen<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();

        Assert.True(records.Length >= 20, $"only {records.Length} record types found");
        Assert.Empty(records.Where(r => !generated.Contains(r)).Select(r => r.Name));
    }

    [Fact]
    public void Generated_names_come_in_many_scripts()
    {
        var names = FormGenerators.Varied.PersonName.Sample(2_000, new Rnd(7), 30)
            .Select(n => n.GivenNames + " " + n.FamilyName)
            .ToArray();

        Assert.Contains(names, n => n.IndexOfAny("ąćęłńóśźżğışİ".ToCharArray()) >= 0);
        Assert.Contains(names, n => n.Any(c => c >= '\u0370' && c <= '\u03FF'));
        Assert.Contains(names, n => n.Any(c => c >= '\u0400' && c <= '\u04FF'));
        Assert.Contains(names, n => n.Any(c => c >= '\u0600' && c <= '\u06FF'));
        Assert.Contains(names, n => n.Any(c => c >= '\u4E00' && c <= '\u9FFF'));
        Assert.Contains(names, n => n.Any(c => c >= '\u1EA0' && c <= '\u1EF9'));
        Assert.Contains(names, n => n.Any(char.IsSurrogate));
    }

    [Fact]
    public void Readable_text_is_xml_safe_and_trimmed_and_sometimes_long()
    {
        var texts = TextGenerators.Readable.Sample(3_000, new Rnd(11), 30);

        Assert.All(texts, t =>
        {
            Assert.NotEqual(string.Empty, t);
            Assert.Equal(t.Trim(), t);
            Assert.DoesNotContain(t, c => char.IsControl(c) && c != '\n');
        });
        Assert.Contains(texts, t => t.Length >= 1_000);
        Assert.Contains(texts, t => t.Contains('\n'));
    }

    [Fact]
    public void Any_unicode_text_includes_control_characters_and_empty_text_but_no_broken_surrogates()
    {
        var texts = TextGenerators.AnyUnicode.Sample(3_000, new Rnd(13), 30);

        Assert.Contains(string.Empty, texts);
        Assert.Contains(texts, t => t.Any(c => c < ' '));
        Assert.Contains(texts, t => t.Any(char.IsSurrogate));
        Assert.All(texts, t => Assert.Equal(-1, Marac.Forms.Json.Utf8Input.FindUnpairedSurrogate(t)));
    }

    [Fact]
    public void Fictional_places_are_visibly_fictional()
    {
        Assert.All(FictionalPlaces.Postcode.Sample(200, new Rnd(1), 10), p => Assert.StartsWith("QQ", p, StringComparison.Ordinal));
        Assert.All(FictionalPlaces.Phone.Sample(200, new Rnd(2), 10), p => Assert.Matches(@"^(01632 960|07700 900)\d{3}$", p));
        Assert.All(FictionalPlaces.Email.Sample(200, new Rnd(3), 10), e => Assert.EndsWith(".example", e, StringComparison.Ordinal));
        Assert.All(FictionalPlaces.School.Sample(50, new Rnd(4), 10), s => Assert.EndsWith("(fictional)", s, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_gives_the_same_forms()
    {
        var first = FormGenerators.Varied.MaracReferral.Sample(20, new Rnd(99), 30);
        var second = FormGenerators.Varied.MaracReferral.Sample(20, new Rnd(99), 30);

        Assert.Equal(first, second);
    }

    private static IEnumerable<Type> RecordsIn(Type type, HashSet<Type>? seen = null)
    {
        seen ??= new HashSet<Type>();
        if (!seen.Add(type))
        {
            yield break;
        }

        yield return type;
        foreach (var property in type.GetProperties().Where(p => p.SetMethod is not null))
        {
            var member = property.PropertyType;
            if (member.IsGenericType && member.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                member = member.GetGenericArguments()[0];
            }

            if (member.IsClass && member != typeof(string))
            {
                foreach (var nested in RecordsIn(member, seen))
                {
                    yield return nested;
                }
            }
        }
    }

    private static MemberCoverage Cover(FormGenerators generators)
    {
        var coverage = new MemberCoverage();
        var seed = 1UL;
        foreach (var form in generators.MaracReferral.Sample(Samples, new Rnd(seed++), 30).Cast<object>()
            .Concat(generators.DashChecklist.Sample(Samples, new Rnd(seed++), 30))
            .Concat(generators.SharingWithoutConsentRecord.Sample(Samples, new Rnd(seed++), 30))
            .Concat(generators.DisclosureDecision.Sample(Samples, new Rnd(seed++), 30)))
        {
            coverage.Visit(form);
        }

        return coverage;
    }
}
