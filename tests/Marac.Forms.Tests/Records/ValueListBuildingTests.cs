using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Marac.Forms.Tests.Records;

/// <summary>Every way C# offers to build a <see cref="ValueList{T}"/> keeps its items, or does not compile.</summary>
public sealed class ValueListBuildingTests
{
    private static readonly Perpetrator Perp = new() { Name = new PersonName { GivenNames = "Tomasz", FamilyName = "Kowalczyk" } };
    private static readonly Child Kid = new() { Name = new PersonName { GivenNames = "Amara", FamilyName = "Okafor" } };
    private static readonly Child OtherKid = new() { Name = new PersonName { GivenNames = "Dafydd", FamilyName = "Rhys" } };

    [Fact]
    public void Collection_expressions_in_an_object_initializer_keep_every_item()
    {
        var referral = new MaracReferral { Perpetrators = [Perp], Children = [Kid, OtherKid] };

        Assert.Equal(new[] { Perp }, referral.Perpetrators);
        Assert.Equal(new[] { Kid, OtherKid }, referral.Children);
    }

    [Fact]
    public void A_collection_expression_assigned_to_a_local_keeps_its_items()
    {
        ValueList<Child> children = [Kid];
        ValueList<Child> none = [];

        Assert.Same(Kid, Assert.Single(children));
        Assert.True(none.IsEmpty);
    }

    [Fact]
    public void A_spread_keeps_the_items_in_order()
    {
        ValueList<Child> first = [Kid];

        ValueList<Child> both = [.. first, OtherKid];

        Assert.Equal(new[] { Kid, OtherKid }, both);
        Assert.Equal(new[] { Kid }, first);
    }

    [Fact]
    public void Arrays_Of_and_sequences_keep_their_items()
    {
        ValueList<Child> fromArray = new[] { Kid, OtherKid };

        Assert.Equal(2, fromArray.Count);
        Assert.Equal(fromArray, ValueList.Of(Kid, OtherKid));
        Assert.Equal(fromArray, new ValueList<Child>(new List<Child> { Kid, OtherKid }));
    }

    [Fact]
    public void Append_returns_a_longer_list_and_leaves_the_original_alone()
    {
        ValueList<Child> one = [Kid];

        var two = one.Append(OtherKid);

        Assert.Equal(new[] { Kid, OtherKid }, two);
        Assert.Equal(new[] { Kid }, one);
    }

    [Fact]
    public void Building_from_an_array_copies_it()
    {
        var source = new[] { Kid };
        ValueList<Child> list = source;

        source[0] = OtherKid;

        Assert.Same(Kid, list[0]);
    }

    [Theory]
    [InlineData("var list = new ValueList<Child> { kid };")]
    [InlineData("var referral = new MaracReferral { Children = { kid } };")]
    [InlineData("ValueList<Child> list = default; list.Add(kid);")]
    public void A_collection_initializer_or_Add_does_not_compile(string statement)
    {
        var diagnostics = Compile(statement);

        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error
            && d.Id is "CS0619" or "CS1063"
            && d.GetMessage().Contains("Use a collection expression", StringComparison.Ordinal));
    }

    [Fact]
    public void The_compile_check_itself_accepts_a_collection_expression() =>
        Assert.DoesNotContain(Compile("ValueList<Child> list = [kid]; var referral = new MaracReferral { Children = [kid, kid] };"), d => d.Severity == DiagnosticSeverity.Error);

    private static ImmutableArray<Diagnostic> Compile(string statement)
    {
        string source = "using Marac.Forms;\nstatic class Consumer { static void Run(Child kid) { " + statement + " } }";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(ValueList).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics();
    }
}
