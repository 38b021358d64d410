using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Every rule has an id, category, default severity, a docs page it links to, and a release-tracking entry.</summary>
public sealed class RuleMetadataTests
{
    public static TheoryData<string> RuleIds() => new(TestCompilation.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct());

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_links_to_its_docs_page_and_is_tracked(string id)
    {
        var descriptor = TestCompilation.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        var root = RepositoryRoot();
        Assert.Equal("DataProtection", descriptor.Category);
        Assert.Equal($"https://github.com/marac-forms/marac-forms/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(root, "docs", "rules", id + ".md"));
        Assert.StartsWith("# " + id, page, StringComparison.Ordinal);
        foreach (var heading in new[] { "## What it finds", "## What it does not find, and why", "## Why it matters", "## How to fix", "## How to configure" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }

        Assert.Contains($"dotnet_diagnostic.{id}.severity", page, StringComparison.Ordinal);
        var unshipped = File.ReadAllText(Path.Combine(root, "analyzers", "Marac.Forms.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | DataProtection | {descriptor.DefaultSeverity} |", unshipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_links_to_an_absolute_address_under_the_one_configured_base()
    {
        var descriptors = TestCompilation.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();
        Assert.NotEmpty(descriptors);
        var root = RepositoryRoot();
        foreach (var descriptor in descriptors)
        {
            Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var link), $"{descriptor.Id}: '{descriptor.HelpLinkUri}' is not absolute");
            Assert.Equal("https", link!.Scheme);
            Assert.StartsWith(RuleDocumentationBase, descriptor.HelpLinkUri, StringComparison.Ordinal);
            var relative = descriptor.HelpLinkUri.Substring(RuleDocumentationBase.Length);
            Assert.Equal(descriptor.Id + ".md", relative);
            Assert.True(File.Exists(Path.Combine(root, "docs", "rules", relative)), $"{descriptor.Id}: no page docs/rules/{relative}");
        }

        // The code fixes' assembly shows no links of its own, so one base serves every rule.
        Assert.Single(descriptors.Select(d => d.HelpLinkUri.Substring(0, d.HelpLinkUri.LastIndexOf('/') + 1)).Distinct());
    }

    private const string RuleDocumentationBase = "https://github.com/marac-forms/marac-forms/blob/main/docs/rules/";

    [Fact]
    public void Gender_history_immigration_and_incomplete_bases_are_errors_by_default()
    {
        var severities = TestCompilation.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToDictionary(d => d.Id, d => d.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Warning, severities["MARAC001"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["MARAC002"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["MARAC003"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["MARAC004"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["MARAC005"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["MARAC006"]);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Marac.Forms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Marac.Forms.sln not found above " + AppContext.BaseDirectory);
    }
}
