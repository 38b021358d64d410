using System.Reflection;
using System.Text;
using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>
/// The one model of a record's JSON shape: built from the serializer's metadata, shared by the file check, the
/// writer and the form definitions' bindings, with one null rule that is the records' own nullable annotations.
/// </summary>
public sealed class JsonShapeTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void Each_member_allows_null_exactly_when_its_declared_type_is_nullable()
    {
        var checkedMembers = 0;
        var nonNullableReferences = new List<string>();
        var nullableReferences = new List<string>();
        foreach (var recordType in RecordFactories.All.Keys)
        {
            foreach (var member in JsonShapes.For(recordType).Members)
            {
                var property = recordType.GetProperty(member.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
                var declaredNullable = Nullability.Create(property).WriteState == NullabilityState.Nullable;

                Assert.True(declaredNullable == member.AllowsNull, $"{recordType.Name}.{property.Name} is declared {(declaredNullable ? "nullable" : "not nullable")}, but the shape says it {(member.AllowsNull ? "may" : "may not")} be null.");
                checkedMembers++;
                if (!property.PropertyType.IsValueType)
                {
                    (declaredNullable ? nullableReferences : nonNullableReferences).Add(recordType.Name + "." + property.Name);
                }
            }
        }

        Assert.True(checkedMembers > 100, "expected every member of every record to be checked");
        Assert.Contains("LawfulBasis.Reasons", nonNullableReferences);
        Assert.Contains("VictimDetails.Name", nonNullableReferences);
        Assert.Contains("VictimDetails.GpPractice", nullableReferences);
    }

    [Fact]
    public void A_record_type_has_one_shape_which_its_lists_and_members_share()
    {
        var referral = JsonShapes.For(typeof(MaracReferral));
        var children = referral.Find("children")!.Shape;

        Assert.Same(referral, JsonShapes.For(typeof(MaracReferral)));
        Assert.Equal(JsonShapeKind.List, children.Kind);
        Assert.Same(JsonShapes.For(typeof(Child)), children.Element);
        Assert.Same(JsonShapes.For(typeof(Child)).Find("school"), referral.Resolve("children[].school"));
    }

    [Fact]
    public void An_enumeration_has_the_names_the_serializer_writes()
    {
        var article6 = JsonShapes.For(typeof(LawfulBasis)).Find("article6")!;

        Assert.True(article6.AllowsNull);
        Assert.Equal(JsonShapeKind.Enumeration, article6.Shape.Kind);
        Assert.Equal(
            Enum.GetValues<Article6Basis>().Select(v => System.Text.Json.JsonSerializer.Serialize(v, MaracJsonOptions.Default).Trim('"')),
            article6.Shape.EnumNames!.Names);
    }

    [Fact]
    public void A_text_member_that_may_not_be_null_is_refused_as_null_in_a_file()
    {
        var reasons = JsonShapes.For(typeof(LawfulBasis)).Find("reasons")!;
        var problems = new FormatProblemList();
        ShapeCheck.Run(Encoding.UTF8.GetBytes("{\"reasons\": null, \"extent\": \"All of it.\"}"), JsonShapes.For(typeof(LawfulBasis)), new ShapeCheck("lawfulBasis", 0, hasPositions: true, problems));

        Assert.False(reasons.AllowsNull);
        var problem = Assert.Single(Assert.Throws<FormatProblems>(problems.ThrowIfAny).Problems);
        Assert.Equal("lawfulBasis.reasons", problem.Path);
        Assert.Equal("expected text in double quotes, not null", problem.Reason);
    }

    [Fact]
    public void A_type_that_is_not_a_record_has_no_shape()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonShapes.For(typeof(Uri)));

        Assert.Contains("Uri", error.Message);
    }

    [Fact]
    public void Definition_binding_errors_describe_members_from_the_same_shape()
    {
        var definition = """
            {
              "format": 1,
              "id": "local-referral",
              "record": "marac-referral",
              "name": "Local referral",
              "version": "1",
              "sections": [
                { "id": "victim", "heading": "Victim", "items": [ { "kind": "singleLine", "bind": "victim.gender", "label": "Gender" } ] }
              ]
            }
            """;

        var error = Assert.Throws<FormDefinitionException>(() => FormDefinitionLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(definition)), "local-referral.json"));

        Assert.Contains(error.Problems, p => p.Message == "'victim.gender' is a choice of Gender, but a singleLine input needs text");
    }
}
