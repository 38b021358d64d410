using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Ordinary code that moves data around without the attributes must not draw a single diagnostic.</summary>
public sealed class ZeroFalsePositiveTests
{
    [Fact]
    public async Task Code_without_attributes_is_silent_when_Marac_Forms_is_referenced()
    {
        var compilation = TestCompilation.Create(new[] { ("IntakeService.cs", Corpus.Read("IntakeService.cs")) }, TestReferences.All);
        TestCompilation.AssertCompiles(compilation);
        Assert.Contains(compilation.SyntaxTrees, t => t.FilePath.Contains("LoggerMessage", StringComparison.Ordinal) || t.ToString().Contains("__ClientNamedCallback", StringComparison.Ordinal));
        Assert.Empty(await TestCompilation.AnalyzeAsync(compilation));
    }

    [Fact]
    public async Task Code_without_attributes_is_silent_when_Marac_Forms_is_not_referenced()
    {
        var compilation = TestCompilation.Create(new[] { ("IntakeService.cs", Corpus.Read("IntakeService.cs")) }, TestReferences.WithoutMaracForms);
        TestCompilation.AssertCompiles(compilation);
        Assert.Empty(await TestCompilation.AnalyzeAsync(compilation));
    }

    [Fact]
    public async Task Careful_use_of_Marac_Forms_records_is_silent()
    {
        var compilation = TestCompilation.Create(new[] { ("CarefulMaracUse.cs", Corpus.Read("CarefulMaracUse.cs")) }, TestReferences.All);
        TestCompilation.AssertCompiles(compilation);
        Assert.Empty(await TestCompilation.AnalyzeAsync(compilation));
    }
}
