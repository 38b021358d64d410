namespace Marac.Forms.Word.Tests;

/// <summary>Every fictional sample form of <c>samples/data</c> renders to Word and reads back equal.</summary>
public sealed class SampleDataRoundTripTests
{
    public static TheoryData<string> Names => new(SampleFiles.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void The_sample_comes_back_equal(string name)
    {
        var form = SampleFiles.All[name];

        var read = SampleFiles.Read(form, new WordRenderer().Render(SampleFiles.Build(form)));

        Assert.Equal(WordFormSemantics.AsTheFormCarriesIt(form), read);
    }
}
